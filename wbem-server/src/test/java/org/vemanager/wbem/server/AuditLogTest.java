package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.RawHttp;
import org.vemanager.wbem.testsupport.TestServer;

/** The audit trail names who did what to which object from where, and every failed login; reads are not audited. */
class AuditLogTest {

    @TempDir
    Path dir;

    private static final String CREATE = "<?xml version=\"1.0\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"3\" "
        + "PROTOCOLVERSION=\"1.0\"><SIMPLEREQ><IMETHODCALL NAME=\"CreateInstance\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/>"
        + "<NAMESPACE NAME=\"virt\"/></LOCALNAMESPACEPATH><IPARAMVALUE NAME=\"NewInstance\"><INSTANCE CLASSNAME=\"VEM_Foo\">"
        + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>fresh</VALUE></PROPERTY></INSTANCE></IPARAMVALUE></IMETHODCALL>"
        + "</SIMPLEREQ></MESSAGE></CIM>";

    private static final String DELETE = CREATE.replace("CreateInstance", "DeleteInstance").replace(
        "<IPARAMVALUE NAME=\"NewInstance\"><INSTANCE CLASSNAME=\"VEM_Foo\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>fresh</VALUE>"
            + "</PROPERTY></INSTANCE></IPARAMVALUE>",
        "<IPARAMVALUE NAME=\"InstanceName\"><INSTANCENAME CLASSNAME=\"VEM_Foo\"><KEYBINDING NAME=\"Name\"><KEYVALUE>gone</KEYVALUE>"
            + "</KEYBINDING></INSTANCENAME></IPARAMVALUE>");

    @Test
    void stateChangesAndFailedLoginsAreAudited() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (TestServer server = TestServer.start(dir, new FixtureDispatcher())) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String admin = "Authorization: " + RawHttp.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
            try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
                assertThat(http.exchange(RawHttp.post("CreateInstance", "root/virt", CREATE, admin)).status()).isEqualTo(200);
                assertThat(http.exchange(RawHttp.post("DeleteInstance", "root/virt", DELETE, admin)).body()).contains("CODE=\"6\"");
                assertThat(http.exchange(RawHttp.post("GetClass", "root/virt", WireProtocolTest.GOOD, admin)).status()).isEqualTo(200);
                assertThat(http.exchange(RawHttp.post("GetClass", "root/virt", WireProtocolTest.GOOD,
                    "Authorization: " + RawHttp.basic("mallory\"\nforged", "guess"))).status()).isEqualTo(401);
            }
        } finally {
            System.setErr(original);
        }

        List<String> audit = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(AuditLog.LOGGER_NAME)).toList();
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0)).contains("user=\"admin\"", "role=ADMIN", "from=\"127.0.0.1\"", "op=\"CreateInstance\"",
            "target=\"/root/virt:VEM_Foo", "status=0");
        assertThat(audit.get(1)).contains("op=\"DeleteInstance\"", "Name=\\\"gone\\\"", "status=6");
        assertThat(audit.get(2)).contains("login-failed", "user=\"mallory\\\"\\u000aforged\"", "from=\"127.0.0.1\"", "status=401");
    }

    @Test
    void onlyStateChangingOperationsAreAudited() {
        assertThat(AuditLog.isStateChanging(request("ModifyInstance", true))).isTrue();
        assertThat(AuditLog.isStateChanging(request("SetProperty", true))).isTrue();
        assertThat(AuditLog.isStateChanging(request("RequestStateChange", false))).isTrue();
        assertThat(AuditLog.isStateChanging(request("EnumerateInstances", true))).isFalse();
        assertThat(AuditLog.isStateChanging(request("GetClass", true))).isFalse();
    }

    private static CimRequest request(String operation, boolean intrinsic) {
        return new CimRequest(operation, intrinsic, "root/virt", null, java.util.Map.of(), List.of(), "u", Role.ADMIN);
    }
}

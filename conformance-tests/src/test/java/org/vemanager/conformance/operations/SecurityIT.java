package org.vemanager.conformance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;

/** No anonymous access, a challenge before the body is read, and roles that limit what a user may do. */
@ExtendWith(AgentExtension.class)
class SecurityIT {

    /** A VM of the small.xml fixture, in wbemcli's path syntax, up to its Name value. */
    private static final String VM = "/root/virt:VEM_ComputerSystem.CreationClassName=\"VEM_ComputerSystem\",Name=";

    private static final String ENUMERATE = RawCimXml.body("EnumerateInstanceNames", RawCimXml.ROOT_VIRT,
        RawCimXml.className("CIM_ComputerSystem"));

    private static HttpResponse<String> post(NodeAgentProcess agent, String authorization) throws Exception {
        return RawCimXml.post(agent, RawCimXml.headers("EnumerateInstanceNames", authorization), ENUMERATE);
    }

    private static String basic(String user, String password) {
        return RawCimXml.basic(new NodeAgentProcess.User(user, password, null));
    }

    @Test
    void anonymousRequestIsChallenged(NodeAgentProcess agent) throws Exception {
        HttpResponse<String> response = post(agent, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWithIgnoringCase("Basic");
    }

    @Test
    void wrongPasswordIsChallengedToo(NodeAgentProcess agent) throws Exception {
        assertThat(post(agent, basic("admin", "wrong")).statusCode()).isEqualTo(401);
        assertThat(post(agent, basic("nobody", "x")).statusCode()).isEqualTo(401);
    }

    @Test
    void rightPasswordIsAnswered(NodeAgentProcess agent) throws Exception {
        HttpResponse<String> response = post(agent, basic(NodeAgentProcess.READER.name(), NodeAgentProcess.READER.password()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("CIMOperation")).hasValue("MethodResponse");
        assertThat(response.body()).contains("<IMETHODRESPONSE NAME=\"EnumerateInstanceNames\"");
    }

    @Test
    void sblimClientWithAWrongPasswordGetsAnAccessError(NodeAgentProcess agent) throws Exception {
        WBEMClient client = Clients.sblim("http", agent.httpPort(), "admin", "not-the-password");
        try {
            assertThatThrownBy(() -> client.enumerateInstanceNames(new CIMObjectPath(null, null, null, "root/virt",
                    "CIM_ComputerSystem", null)).hasNext()).isInstanceOf(Exception.class);
        } finally {
            client.close();
        }
    }

    @Test
    void readerMayReadButNotChangeState(NodeAgentProcess agent) throws Exception {
        WBEMClient reader = Clients.sblim(agent, NodeAgentProcess.READER);
        try {
            CIMObjectPath vm = DiscoveryPaths.vm(reader, "beta");
            CIMArgument<?>[] in = {new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(2))};
            assertThatThrownBy(() -> reader.invokeMethod(vm, "RequestStateChange", in, new CIMArgument<?>[1]))
                    .isInstanceOfSatisfying(WBEMException.class,
                        e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ACCESS_DENIED));
        } finally {
            reader.close();
        }
    }

    @Test
    void readerMayGetAPropertyButNotSetIt(NodeAgentProcess agent) throws Exception {
        String beta = VM + "\"7a0e2c57-61b4-4d43-8a35-1d1c0b0f6a02\"";

        Clients.Result got = Clients.wbemcli(agent, NodeAgentProcess.READER, "gp", beta, "ElementName");
        assertThat(got.exitCode()).as(got.stderr()).isZero();
        assertThat(got.stdout().strip()).isEqualTo("beta");

        Clients.Result set = Clients.wbemcli(agent, NodeAgentProcess.READER, "sp", beta, "ElementName=\"renamed\"");
        assertThat(set.exitCode()).isNotZero();
        assertThat(set.stderr()).contains("CIM_ERR_ACCESS_DENIED");
        assertThat(Clients.wbemcli(agent, NodeAgentProcess.READER, "gp", beta, "ElementName").stdout().strip()).isEqualTo("beta");
    }

    @Test
    void operatorMayCallMethodsButNotDeleteInstances(NodeAgentProcess agent) throws Exception {
        String delta = VM + "\"0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c404\"";

        Clients.Result deleted = Clients.wbemcli(agent, NodeAgentProcess.OPERATOR, "di", delta);

        assertThat(deleted.exitCode()).isNotZero();
        assertThat(deleted.stderr()).contains("CIM_ERR_ACCESS_DENIED");
        assertThat(Clients.wbemcli(agent, NodeAgentProcess.OPERATOR, "gi", delta).stdout()).contains("ElementName=\"delta\"");
    }

    @Test
    void wbemcliWithoutCredentialsIsTurnedAwayOnBothPorts(NodeAgentProcess agent) throws Exception {
        for (String url : new String[] {agent.httpUrl(), agent.httpsUrl()}) {
            Process p = new ProcessBuilder("wbemcli", "-noverify", "ein", url + "/root/virt:VEM_ComputerSystem")
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(url + ": " + out).isNotZero();
            assertThat(out).as(url).doesNotContain("VEM_ComputerSystem.CreationClassName");
        }
    }
}

package org.vemanager.conformance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    private static final String ENUMERATE = """
            <?xml version="1.0" encoding="utf-8"?>
            <CIM CIMVERSION="2.0" DTDVERSION="2.0"><MESSAGE ID="1" PROTOCOLVERSION="1.0"><SIMPLEREQ>
            <IMETHODCALL NAME="EnumerateInstanceNames"><LOCALNAMESPACEPATH><NAMESPACE NAME="root"></NAMESPACE>
            <NAMESPACE NAME="virt"></NAMESPACE></LOCALNAMESPACEPATH>
            <IPARAMVALUE NAME="ClassName"><CLASSNAME NAME="CIM_ComputerSystem"/></IPARAMVALUE>
            </IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>
            """;

    private static HttpResponse<String> post(NodeAgentProcess agent, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(agent.httpUrl() + "/cimom"))
                .header("Content-Type", "application/xml; charset=\"utf-8\"")
                .header("CIMOperation", "MethodCall")
                .header("CIMMethod", "EnumerateInstanceNames")
                .header("CIMObject", "root%2Fvirt")
                .POST(HttpRequest.BodyPublishers.ofString(ENUMERATE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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
}

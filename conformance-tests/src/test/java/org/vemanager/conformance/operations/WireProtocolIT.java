package org.vemanager.conformance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.NodeAgentProcess;

/**
 * DSP0200 on the wire against a real agent: the response headers, the CIMError header of every
 * kind of refused request, CIMProtocolVersion, M-POST, errors inside a 200 response, EnumerationCount,
 * and no anonymous access on the HTTPS port either.
 */
@ExtendWith(AgentExtension.class)
class WireProtocolIT {

    private static final String GET_CLASS = RawCimXml.body("GetClass", RawCimXml.ROOT_VIRT,
        RawCimXml.className("VEM_ComputerSystem"));

    private static Map<String, String> reader(String method) {
        return RawCimXml.headers(method, RawCimXml.basic(NodeAgentProcess.READER));
    }

    @Test
    void anAnswerCarriesTheResponseHeadersAndTheRequestsMessageId(NodeAgentProcess agent) throws Exception {
        Map<String, String> headers = reader("GetClass");
        headers.put("CIMProtocolVersion", "1.0");
        HttpResponse<String> response = RawCimXml.post(agent, headers, GET_CLASS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("CIMOperation")).hasValue("MethodResponse");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(response.body()).contains("<MESSAGE ID=\"4242\"", "<CLASS NAME=\"VEM_ComputerSystem\"");
    }

    @Test
    void anUnsupportedProtocolVersionIsRefusedWithItsCimError(NodeAgentProcess agent) throws Exception {
        Map<String, String> headers = reader("GetClass");
        headers.put("CIMProtocolVersion", "2.0");

        assertRefused(RawCimXml.post(agent, headers, GET_CLASS), 501, "unsupported-protocol-version");
    }

    @Test
    void headersThatDisagreeWithTheBodyAreAHeaderMismatch(NodeAgentProcess agent) throws Exception {
        assertRefused(RawCimXml.post(agent, reader("GetInstance"), GET_CLASS), 400, "header-mismatch");
        Map<String, String> otherObject = reader("GetClass");
        otherObject.put("CIMObject", "root%2Finterop");
        assertRefused(RawCimXml.post(agent, otherObject, GET_CLASS), 400, "header-mismatch");
    }

    @Test
    void malformedAndInvalidRequestsAreRefusedWithTheirCimErrors(NodeAgentProcess agent) throws Exception {
        assertRefused(RawCimXml.post(agent, reader("GetClass"), GET_CLASS.substring(0, GET_CLASS.length() - 20)), 400,
            "request-not-well-formed");
        assertRefused(RawCimXml.post(agent, reader("GetClass"), "<?xml version=\"1.0\"?><hello/>"), 400, "request-not-valid");
        Map<String, String> notACall = reader("GetClass");
        notACall.put("CIMOperation", "Nonsense");
        HttpResponse<String> refused = RawCimXml.post(agent, notACall, GET_CLASS);
        assertThat(refused.statusCode()).isIn(400, 501);
        assertThat(refused.headers().firstValue("CIMError")).isPresent();
    }

    @Test
    void mPostWithAManHeaderIsServedLikePost(NodeAgentProcess agent) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.put("Man", "http://www.dmtf.org/cim/mapping/http/v1.0 ; ns=73");
        headers.put("73-CIMOperation", "MethodCall");
        headers.put("73-CIMMethod", "GetClass");
        headers.put("73-CIMObject", "root%2Fvirt");
        headers.put("Authorization", RawCimXml.basic(NodeAgentProcess.READER));

        HttpResponse<String> response = RawCimXml.send(agent.httpUrl(), "M-POST", headers, GET_CLASS);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("73-CIMOperation")).hasValue("MethodResponse");
        assertThat(response.body()).contains("<CLASS NAME=\"VEM_ComputerSystem\"");
    }

    @Test
    void aCimErrorTravelsInsideA200AnswerWithItsCodeAndDescription(NodeAgentProcess agent) throws Exception {
        HttpResponse<String> response = RawCimXml.post(agent, reader("GetClass"),
            RawCimXml.body("GetClass", RawCimXml.ROOT_VIRT, RawCimXml.className("CIM_NoSuchClass")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("<ERROR CODE=\"5\" DESCRIPTION=\"[^\"]+\"");
    }

    @Test
    void enumerationCountAnswersACountOrNull(NodeAgentProcess agent) throws Exception {
        HttpResponse<String> open = RawCimXml.post(agent, reader("OpenEnumerateInstances"),
            RawCimXml.body("OpenEnumerateInstances", RawCimXml.ROOT_VIRT, RawCimXml.className("CIM_ResourceAllocationSettingData")
                + "<IPARAMVALUE NAME=\"MaxObjectCount\"><VALUE>1</VALUE></IPARAMVALUE>"));
        Matcher context = Pattern.compile("NAME=\"EnumerationContext\"[^>]*><VALUE>([^<]+)</VALUE>").matcher(open.body());
        assertThat(context.find()).as(open.body()).isTrue();

        HttpResponse<String> count = RawCimXml.post(agent, reader("EnumerationCount"),
            RawCimXml.body("EnumerationCount", RawCimXml.ROOT_VIRT, "<IPARAMVALUE NAME=\"EnumerationContext\"><VALUE>"
                + context.group(1) + "</VALUE></IPARAMVALUE>"));

        assertThat(count.statusCode()).isEqualTo(200);
        // DSP0200: the number of instances left, or NULL when the server cannot tell without producing them.
        assertThat(count.body()).containsPattern("<IRETURNVALUE>(<VALUE>\\d+</VALUE>)?</IRETURNVALUE>");
    }

    @Test
    void theHttpsPortChallengesAnonymousRequestsToo(NodeAgentProcess agent) throws Exception {
        HttpResponse<String> anonymous = RawCimXml.send(agent.httpsUrl(), "POST", RawCimXml.headers("GetClass", null), GET_CLASS);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWithIgnoringCase("Basic");
        assertThat(anonymous.body()).doesNotContain("VEM_ComputerSystem");

        HttpResponse<String> answered = RawCimXml.send(agent.httpsUrl(), "POST", reader("GetClass"), GET_CLASS);
        assertThat(answered.statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String cimError) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("CIMError")).hasValue(cimError);
    }
}

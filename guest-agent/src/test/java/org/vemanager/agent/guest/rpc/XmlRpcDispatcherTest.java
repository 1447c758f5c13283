package org.vemanager.agent.guest.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/** Wire-level fixtures: raw XML-RPC requests in, the exact fault code (or result) out. */
class XmlRpcDispatcherTest {
    private static final String EX = "xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"";

    private final XmlRpcDispatcher dispatcher = new XmlRpcDispatcher(List.of(() -> Map.of(
        "test.echo", p -> p.expect(1).string(0, "text"),
        "test.fail", p -> {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, "test: cannot");
        },
        "test.bug", p -> {
            throw new IllegalStateException("secret internals");
        })));

    /** Each row of requests.psv: a name, a raw request (EX = the extensions namespace), "OK" or the fault code. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/xmlrpc/requests.psv", delimiter = '|', maxCharsPerColumn = 100_000)
    void requestsAndTheirOutcomes(String name, String request, String outcome) {
        String reply = handle(request.replace("EX", EX));

        if (outcome.equals("OK")) {
            assertThat(reply).contains("<params>").doesNotContain("<fault>");
        } else {
            assertThat(reply).contains("<fault>").contains("<i4>" + outcome + "</i4>");
        }
        assertThat(reply).as("no Java object ever leaves the agent").doesNotContain("faultCause", "<ex:serializable", "rO0AB");
    }

    @Test
    void aBugsDetailsStayInTheLog() {
        assertThat(handle("<methodCall><methodName>test.bug</methodName><params/></methodCall>"))
            .contains("internal error").doesNotContain("secret internals", "IllegalStateException");
    }

    private String handle(String request) {
        String xml = request.startsWith("<?xml") ? request : "<?xml version=\"1.0\"?>" + request;
        return new String(dispatcher.handle(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
    }
}

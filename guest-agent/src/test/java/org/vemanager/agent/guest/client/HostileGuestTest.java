package org.vemanager.agent.guest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.io.ByteArrayOutputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/**
 * The node-agent's client against a HOSTILE guest-agent (a raw HTTP server that answers with
 * poison): every case ends in a clean {@link GuestAgentException} within the client's timeout,
 * nothing is deserialized, the reply is never read past the bound, and the JVM carries on.
 * This test class runs in its own JVM without the reject-all serialization filter, so the
 * tripwire proves the client itself never deserializes.
 */
class HostileGuestTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final int MAX_RESPONSE = 1 << 20;
    private static final long GIANT = 200L << 20;

    @BeforeEach
    void reset() {
        Tripwire.TRIPPED.set(false);
    }

    @Test
    void aFaultCauseIsNeverDeserialized() throws Exception {
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, faultWithCause(40, "boom")))) {
            GuestAgentException e = expectFault(GuestFault.OPERATION_FAILED, () -> client(guest.uri()).info());

            assertThat(e).hasMessage("boom").hasNoCause();
            assertThat(Tripwire.TRIPPED).as("the gadget was deserialized").isFalse();
        }
    }

    /** The danger this client removes: Apache XML-RPC 3.1.3's stock client deserializes faultCause. */
    @Test
    void theStockApacheClientWouldHaveDeserializedIt() throws Exception {
        assumeTrue(ObjectInputFilter.Config.getSerialFilter() == null, "only meaningful without a JVM-wide filter");
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, faultWithCause(40, "boom")))) {
            XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
            config.setServerURL(guest.uri().toURL());
            XmlRpcClient stock = new XmlRpcClient();
            stock.setConfig(config);

            // It even throws the guest's object as if it were its own exception.
            Throwable thrown = catchThrowable(() -> stock.execute("system.info", new Object[0]));

            assertThat(thrown).isInstanceOfAny(XmlRpcException.class, Tripwire.class);
            assertThat(Tripwire.TRIPPED).as("the stock client ran the gadget's readObject").isTrue();
        }
    }

    @Test
    void aGiantDeclaredReplyIsNotRead() throws Exception {
        FakeGuest.Behaviour giant = (out, sent) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + GIANT + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            stream(out, sent, GIANT);
        };
        try (FakeGuest guest = new FakeGuest(giant)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> expectFault(GuestFault.RESPONSE_TOO_LARGE, () -> client(guest.uri()).info()));
            Thread.sleep(500);

            assertThat(guest.bytesSent.get()).as("bytes the guest got out before the client hung up").isLessThan(GIANT / 2);
        }
    }

    @Test
    void aGiantStreamedReplyIsCutOffAtTheBound() throws Exception {
        FakeGuest.Behaviour giant = (out, sent) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write("<?xml version=\"1.0\"?><methodResponse><params><param><value><string>".getBytes(StandardCharsets.US_ASCII));
            stream(out, sent, GIANT);
        };
        try (FakeGuest guest = new FakeGuest(giant)) {
            GuestAgentException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> expectFault(GuestFault.RESPONSE_TOO_LARGE, () -> client(guest.uri()).info()));
            Thread.sleep(500);

            assertThat(e).hasMessageContaining(Integer.toString(MAX_RESPONSE));
            assertThat(guest.bytesSent.get()).as("bytes the guest got out before the client hung up").isLessThan(GIANT / 2);
        }
    }

    @Test
    void aReplyThatDripsForeverEndsAtTheReplyTimeout() throws Exception {
        FakeGuest.Behaviour drip = (out, sent) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(' ');
                out.flush();
                sent.incrementAndGet();
                Thread.sleep(100);
            }
        };
        try (FakeGuest guest = new FakeGuest(drip)) {
            GuestAgentException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> expectFault(GuestFault.TIMEOUT, () -> client(guest.uri()).info()));

            assertThat(e).hasMessageContaining("2000 ms");
        }
    }

    @Test
    void aGuestThatNeverAnswersEndsAtTheReplyTimeout() throws Exception {
        try (FakeGuest guest = new FakeGuest((out, sent) -> Thread.sleep(Long.MAX_VALUE))) {
            assertTimeoutPreemptively(HANG_GUARD, () -> expectFault(GuestFault.TIMEOUT, () -> client(guest.uri()).info()));
        }
    }

    @Test
    void malformedXmlIsAMalformedResponse() throws Exception {
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, "<methodResponse><params><param><value><struct>"))) {
            expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).info());
        }
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsFetched() throws Exception {
        try (FakeGuest witness = new FakeGuest(FakeGuest.answer(200, "x"))) {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE methodResponse [\n"
                + "  <!ENTITY local SYSTEM \"file:///etc/passwd\">\n"
                + "  <!ENTITY remote SYSTEM \"http://127.0.0.1:" + witness.port() + "/xxe\">]>\n"
                + "<methodResponse><params><param><value><string>&local;&remote;</string></value></param></params></methodResponse>";
            try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, xxe))) {
                GuestAgentException e = expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).invoke("system.info"));

                assertThat(e).hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
                assertThat(witness.connections.get()).as("connections to the external entity's URL").isZero();
            }
        }
    }

    @Test
    void anExtensionTypeIsRefusedNotDeserialized() throws Exception {
        String serializable = "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
            + "<params><param><value><ex:serializable>" + serializedGadget() + "</ex:serializable></value></param></params>"
            + "</methodResponse>";
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, serializable))) {
            expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).invoke("system.info"));

            assertThat(Tripwire.TRIPPED).isFalse();
        }
    }

    @Test
    void aReplyOfTheWrongShapeIsMalformed() throws Exception {
        String string = "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>hi</string></value></param>"
            + "</params></methodResponse>";
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, string))) {
            expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).info());
            expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).listUsers());
            expectFault(GuestFault.MALFORMED_RESPONSE, () -> client(guest.uri()).kill(1234));
        }
    }

    @Test
    void aFaultMessageIsBoundedAndPrintable() throws Exception {
        String message = "line\tone\nline two" + "x".repeat(5000);
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, fault(40, message)))) {
            GuestAgentException e = expectFault(GuestFault.OPERATION_FAILED, () -> client(guest.uri()).info());

            assertThat(e.getMessage()).hasSizeLessThan(1100).doesNotContain("\n", "\t").startsWith("line one line two");
        }
    }

    @Test
    void anUnreachableGuestIsAConnectionFailure() throws Exception {
        URI closed;
        try (FakeGuest guest = new FakeGuest((out, sent) -> { })) {
            closed = guest.uri();
        }
        expectFault(GuestFault.CONNECTION_FAILED, () -> client(closed).info());
    }

    @Test
    void afterAllThatTheJvmStillWorks() throws Exception {
        String ok = "<?xml version=\"1.0\"?><methodResponse><params><param><value><boolean>1</boolean></value></param>"
            + "</params></methodResponse>";
        try (FakeGuest guest = new FakeGuest(FakeGuest.answer(200, ok))) {
            client(guest.uri()).kill(1234);
            assertThat(client(guest.uri()).invoke("processes.kill", 1234)).isEqualTo(Boolean.TRUE);
        }
    }

    private static GuestAgentClient client(URI uri) {
        return new GuestAgentClient(GuestAgentClientConfig.insecurePlainHttp(uri, "token-token-token-token")
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withMaxResponseBytes(MAX_RESPONSE));
    }

    private static void stream(OutputStream out, java.util.concurrent.atomic.AtomicLong sent, long total) throws java.io.IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'A');
        for (long written = 0; written < total; written += chunk.length) {
            out.write(chunk);
            sent.addAndGet(chunk.length);
        }
    }

    private static String fault(int code, String message) {
        return "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>" + code + "</int></value></member>"
            + "<member><name>faultString</name><value><string>" + message + "</string></value></member>"
            + "</struct></value></fault></methodResponse>";
    }

    private static String faultWithCause(int code, String message) throws Exception {
        return "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>" + code + "</int></value></member>"
            + "<member><name>faultString</name><value><string>" + message + "</string></value></member>"
            + "<member><name>faultCause</name><value><base64>" + serializedGadget() + "</base64></value></member>"
            + "</struct></value></fault></methodResponse>";
    }

    private static String serializedGadget() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

}

package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.agent.guest.api.AccountsApi;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ProcessesApi;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.tls.PinnedTrustManager;

/** What a hostile or careless caller gets from a real agent: a clear fault, and nothing done. */
class HostileInputTest {
    private static final int MAX_REQUEST_BYTES = 16 * 1024;

    @RegisterExtension
    static final RunningAgent agent = RunningAgent.perClass(new GuestAgentServer.Limits(1000, 1000, MAX_REQUEST_BYTES, 4));

    @Test
    void aWrongTokenIsRefusedAndNothingIsDone() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            GuestAgentException e = expectFault(GuestFault.AUTHENTICATION_FAILED,
                () -> agent.clientWithToken("not-the-token-0123456789").kill((int) sleep.pid()));

            assertThat(e).hasMessageContaining("authentication failed");
            assertThat(sleep.waitFor(300, TimeUnit.MILLISECONDS)).as("sleep ended").isFalse();
            assertThat(sleep.isAlive()).isTrue();
        } finally {
            sleep.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../root", "a;rm -rf /", "abcdefghijabcdefghijabcdefghijabcdefghij", "-leading", "", "Root",
        "a b", "x$(id)", "name\nroot", ".hidden"})
    void invalidUserNamesAreRefusedBeforeAnythingRuns(String name) {
        GuestAgentException e = expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().createUser(name, "", false));
        assertThat(e).hasMessageContaining("user name");
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().lock(name));
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().deleteUser(name, true));
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().addToGroup("root", name));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65, 1000, Integer.MIN_VALUE})
    void invalidSignalNumbersAreRefused(int signal) {
        int self = (int) ProcessHandle.current().pid();
        GuestAgentException e = expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().signal(self, signal));
        assertThat(e).hasMessageContaining("signal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-evil.service", "a;b.service", "sshd", "../../etc/passwd", "x.service\n", "unit with space.service",
        "$(reboot).service", ""})
    void invalidUnitNamesAreRefused(String unit) {
        GuestAgentException e = expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().start(unit));
        assertThat(e).hasMessageContaining("unit name");
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().disable(unit));
    }

    @Test
    void invalidPidsAndWrongTypesAreRefused() {
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().kill(0));
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().invoke(ProcessesApi.KILL, "1234"));
        expectFault(GuestFault.NO_SUCH_METHOD, () -> agent.client().invoke(ProcessesApi.KILL));
        expectFault(GuestFault.NO_SUCH_METHOD, () -> agent.client().invoke("system.shell", "id"));
        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().setPassword("root", "two\nlines"));
    }

    @Test
    void anOversizedRequestIsRejected() {
        String huge = "x".repeat(MAX_REQUEST_BYTES * 4);

        GuestAgentException e = expectFault(GuestFault.REQUEST_TOO_LARGE, () -> agent.client().setPassword("root", huge));

        assertThat(e).hasMessageContaining(Integer.toString(MAX_REQUEST_BYTES));
    }

    @Test
    void anOversizedChunkedRequestIsRejectedToo() throws Exception {
        byte[] huge = ("<?xml version=\"1.0\"?><methodCall><methodName>system.info</methodName><params><param><value>"
            + "x".repeat(MAX_REQUEST_BYTES * 4) + "</value></param></params></methodCall>").getBytes(StandardCharsets.UTF_8);
        // A stream of unknown length is sent chunked, without Content-Length. The agent answers 413 and
        // closes the connection; when the close reaches the client while it is still sending, TCP resets
        // the connection and the client never reads the answer. Either way the body was refused, and the
        // agent must go on serving.
        HttpResponse<String> reply;
        try {
            reply = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)), agent.token());
        } catch (IOException closedWhileSending) {
            reply = null;
        }

        if (reply != null) {
            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.body()).contains("<i4>" + GuestFault.REQUEST_TOO_LARGE.code() + "</i4>");
        }
        assertThat(agent.client().info()).as("the agent still answers after refusing the body").isNotNull();
    }

    @Test
    void aDoctypeInTheRequestIsRefusedUnparsed() throws Exception {
        String xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE methodCall [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <methodCall><methodName>accounts.lock</methodName>
            <params><param><value><string>&xxe;</string></value></param></params></methodCall>""";

        HttpResponse<String> reply = post(xxe, agent.token());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("<i4>" + GuestFault.MALFORMED_REQUEST.code() + "</i4>").doesNotContain("root:x:0");
    }

    @Test
    void anUnauthenticatedBodyIsNeverParsed() throws Exception {
        HttpResponse<String> reply = post("<not-xml-rpc", "wrong-token-wrong-token");

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.body()).contains("<i4>" + GuestFault.AUTHENTICATION_FAILED.code() + "</i4>");
    }

    @Test
    void aClientWithTheWrongPinDoesNotTalk() {
        GuestAgentClientConfig right = agent.config();
        GuestAgentClientConfig wrong = new GuestAgentClientConfig(right.endpoint(), right.token(), "00".repeat(32),
            right.connectTimeout(), right.replyTimeout(), right.maxResponseBytes(), false);

        GuestAgentException e = expectFault(GuestFault.CERTIFICATE_MISMATCH, () -> new GuestAgentClient(wrong).info());

        assertThat(e).hasMessageContaining("fingerprint mismatch");
    }

    @Test
    void refusalsAreStableFaultsOnEveryNamespace() {
        expectFault(GuestFault.NOT_FOUND, () -> agent.client().invoke(AccountsApi.LOCK, "vemt-nobody-here"));
    }

    private static HttpResponse<String> post(String body, String token) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(body), token);
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body, String token) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinnedTrustManager(agent.identity().fingerprint())}, new SecureRandom());
        HttpClient http = HttpClient.newBuilder().sslContext(tls).build();
        HttpRequest request = HttpRequest.newBuilder(agent.server().uri())
            .header("Authorization", "Bearer " + token)
            .POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

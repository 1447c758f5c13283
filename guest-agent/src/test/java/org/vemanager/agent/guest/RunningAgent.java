package org.vemanager.agent.guest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;
import org.vemanager.agent.guest.os.Privileges;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.server.TokenAuthenticator;
import org.vemanager.agent.guest.tls.TlsIdentity;

/**
 * A real guest-agent for tests: loopback, a free port, TLS with a generated certificate, token auth,
 * and a typed client logged in to it.
 *
 * <p>{@link #start} starts one at once, for the caller to close; {@link #perClass} is a JUnit extension
 * for a test class's static field that starts one agent, its state in a directory of its own, before
 * the class's tests and stops it and deletes the directory after them:
 * <pre>{@code @RegisterExtension static final RunningAgent agent = RunningAgent.perClass();}</pre>
 */
public final class RunningAgent implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final GuestAgentServer.Limits DEFAULT_LIMITS = new GuestAgentServer.Limits(1000, 1000, 64 * 1024, 4);

    private final GuestAgentServer.Limits limits;
    // Set once, by boot(): at once for start(...), before the class's tests for perClass.
    private Path stateDir;
    private GuestAgentServer server;
    private TlsIdentity identity;
    private String token;
    private GuestAgentClient client;

    private RunningAgent(GuestAgentServer.Limits limits) {
        this.limits = limits;
    }

    public static RunningAgent start(Path stateDir) throws IOException, GeneralSecurityException {
        return start(stateDir, DEFAULT_LIMITS, Privileges.current());
    }

    public static RunningAgent start(Path stateDir, GuestAgentServer.Limits limits, Privileges privileges)
        throws IOException, GeneralSecurityException {
        RunningAgent agent = new RunningAgent(limits);
        agent.boot(stateDir, privileges);
        return agent;
    }

    /** For a static {@code @RegisterExtension} field: one agent with {@link #DEFAULT_LIMITS} for the class. */
    public static RunningAgent perClass() {
        return perClass(DEFAULT_LIMITS);
    }

    /** For a static {@code @RegisterExtension} field: one agent with these limits for the class. */
    public static RunningAgent perClass(GuestAgentServer.Limits limits) {
        return new RunningAgent(limits);
    }

    private void boot(Path dir, Privileges privileges) throws IOException, GeneralSecurityException {
        stateDir = dir;
        identity = TlsIdentity.loadOrGenerate(dir, "vem-guest-agent-test");
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        token = HexFormat.of().formatHex(secret);
        server = GuestAgentServer.start(new InetSocketAddress("127.0.0.1", 0), identity.serverContext(null), false,
            new TokenAuthenticator(token), GuestAgent.dispatcher(Path.of("/"), privileges), limits);
        client = new GuestAgentClient(config());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        boot(Files.createTempDirectory("guest-agent"), Privileges.current());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(stateDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The client logged in to this agent with its token (one for the agent's life). */
    public GuestAgentClient client() {
        return client;
    }

    public GuestAgentClientConfig config() {
        return GuestAgentClientConfig.https(server.uri(), token, identity.fingerprint());
    }

    public GuestAgentClient clientWithToken(String otherToken) {
        return new GuestAgentClient(GuestAgentClientConfig.https(server.uri(), otherToken, identity.fingerprint()));
    }

    public String token() {
        return token;
    }

    public TlsIdentity identity() {
        return identity;
    }

    public GuestAgentServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}

package org.vemanager.agent.guest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;
import org.vemanager.agent.guest.os.Privileges;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.server.TokenAuthenticator;
import org.vemanager.agent.guest.tls.TlsIdentity;

/** A real guest-agent for tests: loopback, a free port, TLS with a generated certificate, token auth. */
public final class RunningAgent implements AutoCloseable {
    public static final GuestAgentServer.Limits DEFAULT_LIMITS = new GuestAgentServer.Limits(1000, 1000, 64 * 1024, 4);

    private final GuestAgentServer server;
    private final TlsIdentity identity;
    private final String token;

    private RunningAgent(GuestAgentServer server, TlsIdentity identity, String token) {
        this.server = server;
        this.identity = identity;
        this.token = token;
    }

    public static RunningAgent start(Path stateDir) throws IOException, GeneralSecurityException {
        return start(stateDir, DEFAULT_LIMITS, Privileges.current());
    }

    public static RunningAgent start(Path stateDir, GuestAgentServer.Limits limits, Privileges privileges)
        throws IOException, GeneralSecurityException {
        TlsIdentity identity = TlsIdentity.loadOrGenerate(stateDir, "vem-guest-agent-test");
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        GuestAgentServer server = GuestAgentServer.start(new InetSocketAddress("127.0.0.1", 0), identity.serverContext(null), false,
            new TokenAuthenticator(token), GuestAgent.dispatcher(Path.of("/"), privileges), limits);
        return new RunningAgent(server, identity, token);
    }

    public GuestAgentClient client() {
        return new GuestAgentClient(config());
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

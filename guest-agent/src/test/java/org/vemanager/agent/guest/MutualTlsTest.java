package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.tls.PinnedTrustManager;
import org.vemanager.agent.guest.tls.TlsIdentity;

/** An agent that authenticates by client certificate alone (--client-cert-sha256, no token). */
class MutualTlsTest {
    @Test
    void onlyThePinnedClientCertificateGetsIn(@TempDir Path dir) throws Exception {
        TlsIdentity agentIdentity = TlsIdentity.loadOrGenerate(dir.resolve("agent"), "vem-guest-agent");
        TlsIdentity nodeIdentity = TlsIdentity.loadOrGenerate(dir.resolve("node"), "vem-node-agent");
        TlsIdentity strangerIdentity = TlsIdentity.loadOrGenerate(dir.resolve("stranger"), "stranger");
        TrustManager[] onlyTheNode = {new PinnedTrustManager(nodeIdentity.fingerprint())};
        try (GuestAgentServer server = GuestAgentServer.start(new InetSocketAddress("127.0.0.1", 0),
            agentIdentity.serverContext(onlyTheNode), true, null, GuestAgent.dispatcher(), RunningAgent.DEFAULT_LIMITS)) {
            GuestAgentClientConfig config = GuestAgentClientConfig.https(server.uri(), "", agentIdentity.fingerprint());

            assertThat(new GuestAgentClient(config, nodeIdentity).info().kernel()).isNotEmpty();
            expectFault(GuestFault.CONNECTION_FAILED, () -> new GuestAgentClient(config, strangerIdentity).info());
            expectFault(GuestFault.CONNECTION_FAILED, () -> new GuestAgentClient(config).info());
        }
    }
}

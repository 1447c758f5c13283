package org.vemanager.agent.node.guest;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.agent.guest.GuestAgent;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.server.TokenAuthenticator;
import org.vemanager.agent.guest.tls.TlsIdentity;
import org.vemanager.agent.node.NodeAgent;
import org.vemanager.agent.node.NodeAgentConfig;
import org.vemanager.wbem.testsupport.SblimClients;
import org.vemanager.wbem.testsupport.TestServer;

/**
 * What the guest relay tests run against: a node-agent on a private test-driver host with three VMs
 * ("guest" and "hostile" running, "off" shut off), a REAL guest-agent on loopback (TLS, token) to be
 * configured as the guest of VM "guest", and the SBLIM client to judge. One per test class.
 */
final class GuestTestbed implements AutoCloseable {

    static final String GUEST_UUID = "5a1e0c11-1111-4a4a-8b8b-000000000001";
    static final String HOSTILE_UUID = "5a1e0c11-2222-4a4a-8b8b-000000000002";
    static final String OFF_UUID = "5a1e0c11-3333-4a4a-8b8b-000000000003";
    static final String NS = "root/virt";

    final NodeAgent agent;
    final GuestAgentServer guestAgent;
    final TlsIdentity guestIdentity;
    final String guestToken;
    final WBEMClient client;

    private GuestTestbed(NodeAgent agent, GuestAgentServer guestAgent, TlsIdentity guestIdentity, String guestToken,
            WBEMClient client) {
        this.agent = agent;
        this.guestAgent = guestAgent;
        this.guestIdentity = guestIdentity;
        this.guestToken = guestToken;
        this.client = client;
    }

    static GuestTestbed start(Path dir) throws Exception {
        Path host = dir.resolve("host.xml");
        Files.writeString(host, "<node><cpu><mhz>2400</mhz><model>x86_64</model><active>4</active><nodes>1</nodes>"
                + "<sockets>1</sockets><cores>4</cores><threads>1</threads></cpu><memory>8388608</memory>"
                + domain("guest", GUEST_UUID, 1) + domain("hostile", HOSTILE_UUID, 1) + domain("off", OFF_UUID, 5)
                + "</node>");
        NodeAgent agent = NodeAgent.start(new NodeAgentConfig("test://" + host.toAbsolutePath(), "127.0.0.1", 0, 0,
                TestServer.writeUsers(dir.resolve("users")), dir.resolve("node-state")));
        GuestAgentServer guestAgent = null;
        try {
            TlsIdentity identity = TlsIdentity.loadOrGenerate(Files.createDirectories(dir.resolve("guest-state")), "test-guest");
            String token = randomToken();
            guestAgent = GuestAgentServer.start(new InetSocketAddress("127.0.0.1", 0), identity.serverContext(null), false,
                    new TokenAuthenticator(token), GuestAgent.dispatcher(), new GuestAgentServer.Limits(1000, 1000, 256 * 1024, 4));
            WBEMClient client = SblimClients.http(agent.httpPort(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
            client.setProperty("sblim.wbem.httpTimeout", "60000");
            return new GuestTestbed(agent, guestAgent, identity, token, client);
        } catch (Exception | Error e) {
            if (guestAgent != null) {
                guestAgent.close();
            }
            agent.close();
            throw e;
        }
    }

    /** VM "guest" points at the real guest-agent, VM "hostile" at nothing: the state every test starts from. */
    void configureTheGoodGuestOnly() throws Exception {
        agent.guests().configure(GUEST_UUID, guestAgent.uri(), guestIdentity.fingerprint(), guestToken);
        agent.guests().unconfigure(HOSTILE_UUID);
    }

    @Override
    public void close() {
        client.close();
        guestAgent.close();
        agent.close();
    }

    private static String domain(String name, String uuid, int runstate) {
        return "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><name>" + name + "</name><uuid>"
                + uuid + "</uuid><memory unit='MiB'>256</memory><currentMemory unit='MiB'>256</currentMemory><vcpu>1</vcpu>"
                + "<os><type arch='x86_64'>hvm</type></os><test:runstate>" + runstate + "</test:runstate></domain>";
    }

    static String randomToken() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    List<CIMInstance> enumerate(String className) throws WBEMException {
        List<CIMInstance> out = new ArrayList<>();
        CloseableIterator<CIMInstance> it = client.enumerateInstances(classPath(className), true, false, false, null);
        try {
            it.forEachRemaining(out::add);
        } finally {
            it.close();
        }
        return out;
    }

    /** Every path the iterator gives, closing it. */
    static <T> List<T> all(CloseableIterator<T> it) {
        List<T> out = new ArrayList<>();
        try {
            it.forEachRemaining(out::add);
        } finally {
            it.close();
        }
        return out;
    }

    static CIMObjectPath classPath(String className) {
        return new CIMObjectPath(null, null, null, NS, className, null);
    }

    static Object property(CIMInstance instance, String name) {
        CIMProperty<?> p = instance.getProperty(name);
        return p == null ? null : p.getValue();
    }
}

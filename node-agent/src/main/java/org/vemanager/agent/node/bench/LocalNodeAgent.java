package org.vemanager.agent.node.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.Subject;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.vemanager.agent.node.NodeAgent;
import org.vemanager.agent.node.NodeAgentConfig;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.security.PasswordFile;
import org.vemanager.wbem.security.PasswordHash;
import org.vemanager.wbem.security.UserEntry;

/**
 * A node-agent started in this JVM on a private directory, listening on free ports on 127.0.0.1 with
 * plain HTTP on, and one admin user; for benchmarks and tests that talk to it with the SBLIM client as
 * any other WBEM client would.
 */
public final class LocalNodeAgent implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "local-Agent-Secret-1";
    /** The minimum PBKDF2 cost the password file accepts: the agent remembers a verified password anyway. */
    private static final int ITERATIONS = 1_000;

    private final NodeAgent agent;

    private LocalNodeAgent(NodeAgent agent) {
        this.agent = agent;
    }

    /** Starts an agent on {@code libvirtUri}, keeping its password file and state under {@code dir}. */
    public static LocalNodeAgent start(String libvirtUri, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path passwd = dir.resolve("passwd");
        PasswordFile.write(passwd, Map.of(USER, new UserEntry(USER, Role.ADMIN,
                PasswordHash.create(PASSWORD.toCharArray(), ITERATIONS))));
        NodeAgentConfig config = new NodeAgentConfig(libvirtUri, "127.0.0.1", 0, 0, passwd, dir.resolve("state"));
        return new LocalNodeAgent(NodeAgent.start(config));
    }

    public int httpPort() {
        return agent.httpPort();
    }

    /** A new SBLIM CIM-XML client over plain HTTP, logged in as the admin user. */
    public WBEMClient client() throws WBEMException {
        WBEMClient client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        CIMObjectPath server = new CIMObjectPath("http", "127.0.0.1", String.valueOf(httpPort()), null, null, null);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(USER));
        subject.getPrivateCredentials().add(new PasswordCredential(PASSWORD));
        client.initialize(server, subject, new Locale[] {Locale.US});
        client.setProperty("sblim.wbem.httpTimeout", "60000");
        return client;
    }

    @Override
    public void close() {
        agent.close();
    }
}

package org.vemanager.agent.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.agent.node.bench.LocalNodeAgent;

/**
 * The set-up the node-agent ITs share: a node-agent started on a libvirt host (a test-driver fixture
 * or the real libvirtd), with an SBLIM client logged in to it; closing it closes both. Also the
 * checks and clean-up the QEMU ITs share.
 */
public final class RunningAgent implements AutoCloseable {

    /** The real libvirtd, for the QEMU ITs. */
    public static final String QEMU_URI = "qemu:///system";

    private final LocalNodeAgent agent;
    private final WBEMClient client;

    private RunningAgent(LocalNodeAgent agent) throws Exception {
        this.agent = agent;
        try {
            this.client = agent.client();
        } catch (Exception e) {
            agent.close();
            throw e;
        }
    }

    /** A node-agent on {@code libvirtUri}, keeping its state under {@code agentDir}. */
    public static RunningAgent on(String libvirtUri, Path agentDir) throws Exception {
        return new RunningAgent(LocalNodeAgent.start(libvirtUri, agentDir));
    }

    /** A node-agent on the test-driver host {@link #fixture fixture} {@code name}, its state in {@code dir/agent}. */
    public static RunningAgent onTestHost(Path dir, String name) throws Exception {
        return on("test://" + fixture(dir, name).toAbsolutePath(), dir.resolve("agent"));
    }

    /** A node-agent on the real libvirtd, its state in {@code agentDir}; the test is skipped unless the qemu profile is on. */
    public static RunningAgent onQemu(Path agentDir) throws Exception {
        assumeQemu();
        return on(QEMU_URI, agentDir);
    }

    /** Skips the test unless the {@code qemu} Maven profile is on. */
    public static void assumeQemu() {
        Assumptions.assumeTrue(Boolean.getBoolean("vem.qemu"), "the qemu profile is off (-Pqemu / -Dvem.qemu=true)");
    }

    /** The fixture under {@code /resources/} with {@code @DIR@} replaced by {@code dir}, written into it. */
    public static Path fixture(Path dir, String name) throws IOException {
        try (InputStream in = RunningAgent.class.getResourceAsStream("/resources/" + name)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toAbsolutePath().toString());
            Files.createDirectories(dir.resolve("images"));
            return Files.writeString(dir.resolve(name), xml);
        }
    }

    /**
     * Stops and undefines domain {@code name} if libvirt still has it ({@code undefineFlags} as
     * virDomainUndefineFlags takes them); nothing when the test removed it or never got that far.
     */
    public static void removeDomain(Connect libvirt, String name, int undefineFlags) {
        try {
            Domain d = libvirt.domainLookupByName(name);
            if (d.isActive() == 1) {
                d.destroy();
            }
            d.undefine(undefineFlags);
        } catch (LibvirtException e) {
            // not defined (any more)
        }
    }

    public LocalNodeAgent agent() {
        return agent;
    }

    public WBEMClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        agent.close();
    }
}

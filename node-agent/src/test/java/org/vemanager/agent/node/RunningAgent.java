package org.vemanager.agent.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.agent.node.bench.LocalNodeAgent;

/**
 * The set-up the node-agent ITs share: a node-agent started on a libvirt host (a test-driver fixture
 * or the real libvirtd), with an SBLIM client logged in to it; closing it closes both. Also the
 * checks and clean-up the QEMU ITs share.
 *
 * <p>{@link #on} and {@link #onQemu} start one at once, for the caller to close;
 * {@link #perTest} is a JUnit extension for a test class's field that starts a fresh agent on a
 * test-driver fixture in a directory of its own before each test, and stops it and deletes the
 * directory after:
 * <pre>{@code @RegisterExtension final RunningAgent agent = RunningAgent.perTest("pool-host.xml");}</pre>
 */
public final class RunningAgent implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    /** The real libvirtd, for the QEMU ITs. */
    public static final String QEMU_URI = "qemu:///system";

    private final String fixture;
    // perTest's own directory, made before the test and deleted after it.
    private Path dir;
    // Set once, by start(): at once for on(...), before the test for perTest.
    private LocalNodeAgent agent;
    private WBEMClient client;

    private RunningAgent(String fixture) {
        this.fixture = fixture;
    }

    private void start(LocalNodeAgent started) throws Exception {
        agent = started;
        try {
            client = started.client();
        } catch (Exception e) {
            started.close();
            throw e;
        }
    }

    /** A node-agent on {@code libvirtUri}, keeping its state under {@code agentDir}. */
    public static RunningAgent on(String libvirtUri, Path agentDir) throws Exception {
        RunningAgent running = new RunningAgent(null);
        running.start(LocalNodeAgent.start(libvirtUri, agentDir));
        return running;
    }

    /** For {@code @RegisterExtension}: each test gets its own agent on the test-driver fixture {@code name}. */
    public static RunningAgent perTest(String name) {
        return new RunningAgent(name);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("running-agent");
        start(LocalNodeAgent.start(testHostUri(dir, fixture), dir.resolve("agent")));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (client != null) {
                close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
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

    /**
     * libvirt's test driver on the fixture {@code /resources/<name>}, written into {@code dir} with
     * {@code @DIR@} replaced by {@code dir} (where its pools, e.g. {@code dir/images}, live).
     */
    private static String testHostUri(Path dir, String name) throws IOException {
        try (InputStream in = RunningAgent.class.getResourceAsStream("/resources/" + name)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toAbsolutePath().toString());
            Files.createDirectories(dir.resolve("images"));
            return "test://" + Files.writeString(dir.resolve(name), xml).toAbsolutePath();
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

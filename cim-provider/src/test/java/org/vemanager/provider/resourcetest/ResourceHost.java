package org.vemanager.provider.resourcetest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.provider.ResourceProviders;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.provider.testing.HostFixture;
import org.vemanager.provider.testing.ProviderCalls;
import org.vemanager.provider.testing.RecordingRegistry;
import org.vemanager.provider.testing.SyncJobs;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;

/**
 * A private libvirt test-driver host (a fixture under {@code /resourcetest/}, with {@code @DIR@} replaced
 * by its directory) with the virtualization and resource providers registered in one
 * {@link RecordingRegistry} (which rejects a class registered twice, as the server does); one-line calls
 * into the providers as the dispatcher would make them come from {@link ProviderCalls}.
 *
 * <p>Two ways to hold one: {@link #fromFixture} opens it at once in a directory the caller owns (for a
 * try-with-resources block), and {@link #perTest} is a JUnit extension for a test class's field, which
 * opens a fresh host in a directory of its own before each test and closes and deletes it after:
 * <pre>{@code @RegisterExtension final ResourceHost host = ResourceHost.perTest("pool-host.xml");}</pre>
 */
public final class ResourceHost extends ProviderCalls implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private final String fixture;
    // Set once, by open(): at construction for fromFixture, before the test for perTest.
    private Path dir;
    private Hypervisor hypervisor;
    private RecordingRegistry registry;
    private VirtHost virtHost;
    private MetricsSampler sampler;

    private ResourceHost(String fixture) {
        this.fixture = fixture;
    }

    /** A host opened now in {@code dir}; the caller closes it. */
    public static ResourceHost fromFixture(Path dir, String fixture) throws CimException {
        ResourceHost host = new ResourceHost(fixture);
        host.open(dir);
        return host;
    }

    /** A host for {@code @RegisterExtension}: each test gets its own, in its own temporary directory. */
    public static ResourceHost perTest(String fixture) {
        return new ResourceHost(fixture);
    }

    private void open(Path directory) throws CimException {
        dir = directory;
        hypervisor = HostFixture.open(HostFixture.write(directory, "/resourcetest/" + fixture));
        registry = new RecordingRegistry();
        virtHost = new VirtHost(hypervisor, registry.jobs());
        VirtualizationProviders.register(registry, virtHost);
        sampler = ResourceProviders.register(registry, virtHost);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        open(Files.createTempDirectory("resource-host"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (hypervisor != null) {
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

    /** The directory the host's fixture, pools and volumes live in. */
    public Path dir() {
        return dir;
    }

    public Hypervisor hypervisor() {
        return hypervisor;
    }

    /** The host every registered provider shares. */
    public VirtHost virtHost() {
        return virtHost;
    }

    public MetricsSampler sampler() {
        return sampler;
    }

    @Override
    public RecordingRegistry registry() {
        return registry;
    }

    public SyncJobs jobs() {
        return registry.jobs();
    }

    public List<ProfileDeclaration> profiles() {
        return registry.profiles();
    }

    public List<CIMInstance> indications() {
        return registry.indications();
    }

    /** Every pool, of every kind's class (what a deep enumeration of VEM_ResourcePool returns). */
    public List<CIMInstance> pools() throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (PoolKind kind : PoolKind.values()) {
            out.addAll(enumerate(kind.className()));
        }
        return out;
    }

    public Provider provider(String className) {
        return registry.provider(className);
    }

    @Override
    public void close() {
        hypervisor.close();
    }
}

package org.vemanager.provider.testing;

import java.nio.file.Path;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.wbem.spi.CimException;

/**
 * A private libvirt test-driver host with every virtualization provider registered, and (from
 * {@link ProviderCalls}) one-line calls into those providers as the server's dispatcher would make them.
 */
public final class TestHost extends ProviderCalls implements AutoCloseable {

    private final Hypervisor hypervisor;
    private final RecordingRegistry registry;

    private TestHost(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
        this.registry = new RecordingRegistry();
        VirtualizationProviders.register(registry, hypervisor);
    }

    /** A host built from a fixture under {@code src/test/resources/hosts/}, written into {@code dir}. */
    public static TestHost fromFixture(Path dir, String fixture) throws CimException {
        return new TestHost(HostFixture.open(HostFixture.write(dir, "/hosts/" + fixture)));
    }

    /** A host from literal node XML, written into {@code dir}. */
    public static TestHost fromXml(Path dir, String nodeXml) throws CimException {
        return new TestHost(HostFixture.open(HostFixture.writeXml(dir, "host.xml", nodeXml)));
    }

    public Hypervisor hypervisor() {
        return hypervisor;
    }

    @Override
    public RecordingRegistry registry() {
        return registry;
    }

    public SyncJobs jobs() {
        return registry.jobs();
    }

    /** The persistent XML of a domain, to prove a failed call changed nothing. */
    public String persistentXml(String uuid) throws CimException {
        return hypervisor.onDomain(uuid, "read", d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));
    }

    @Override
    public void close() {
        hypervisor.close();
    }
}

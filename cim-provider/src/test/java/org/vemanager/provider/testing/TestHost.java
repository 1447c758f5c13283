package org.vemanager.provider.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A private libvirt test-driver host with every virtualization provider registered, and one-line calls
 * into those providers as the server's dispatcher would make them.
 */
public final class TestHost implements AutoCloseable {

    public static final RequestContext CONTEXT = new RequestContext(CimNames.NAMESPACE, "tester");

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

    public RecordingRegistry registry() {
        return registry;
    }

    public SyncJobs jobs() {
        return registry.jobs();
    }

    public List<CIMInstance> enumerate(String className) throws CimException {
        List<CIMInstance> out = Collections.synchronizedList(new ArrayList<>());
        registry.instanceProvider(className).enumerateInstances(CONTEXT, className, out::add);
        return out;
    }

    public CIMInstance get(CIMObjectPath path) throws CimException {
        InstanceProvider provider = registry.instanceProvider(path.getObjectName());
        return provider.getInstance(CONTEXT, path);
    }

    /** The association instances of {@code associationClass} that reference {@code object}. */
    public List<CIMInstance> references(String associationClass, CIMObjectPath object, String role) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        AssociationProvider provider = registry.associationProvider(associationClass);
        provider.references(CONTEXT, associationClass, object, role, out::add);
        return out;
    }

    public MethodResult invoke(CIMObjectPath target, String method, CIMArgument<?>... in) throws CimException {
        MethodProvider provider = registry.methodProvider(target.getObjectName());
        return provider.invokeMethod(CONTEXT, target, method, in);
    }

    /** The one instance of a class that has exactly one (host, VSMS, VSMC). */
    public CIMInstance single(String className) throws CimException {
        List<CIMInstance> all = enumerate(className);
        if (all.size() != 1) {
            throw new IllegalStateException(className + " has " + all.size() + " instances");
        }
        return all.get(0);
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

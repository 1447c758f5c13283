package org.vemanager.provider.resourcetest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.ResourceProviders;
import org.vemanager.provider.VirtualizationProviders;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.testing.SyncJobs;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.IndicationPublisher;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.Jobs;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.ProviderRegistry;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A private libvirt test-driver host (a fixture under {@code /resourcetest/}, with {@code @DIR@} replaced
 * by a temporary directory) with the virtualization and resource providers registered in one registry
 * that rejects a class registered twice, as the server does; one-line calls into the providers as the
 * dispatcher would make them.
 */
public final class ResourceHost implements AutoCloseable, ProviderRegistry {

    public static final RequestContext CONTEXT = new RequestContext(CimNames.NAMESPACE, "tester");

    private final Map<String, Provider> byClass = new HashMap<>();
    private final List<ProfileDeclaration> profiles = new ArrayList<>();
    private final SyncJobs jobs = new SyncJobs();
    private final List<CIMInstance> indications = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Hypervisor hypervisor;
    private final MetricsSampler sampler;
    private final VirtHost virtHost;

    private ResourceHost(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
        this.virtHost = new VirtHost(hypervisor, jobs);
        VirtualizationProviders.register(this, virtHost);
        this.sampler = ResourceProviders.register(this, virtHost);
    }

    public static ResourceHost fromFixture(Path dir, String fixture) throws CimException {
        try (InputStream in = ResourceHost.class.getResourceAsStream("/resourcetest/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /resourcetest/" + fixture);
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toAbsolutePath().toString());
            Path file = dir.resolve(fixture);
            Files.writeString(file, xml);
            return new ResourceHost(Hypervisor.open("test://" + file.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public SyncJobs jobs() {
        return jobs;
    }

    public List<ProfileDeclaration> profiles() {
        return List.copyOf(profiles);
    }

    public List<CIMInstance> indications() {
        return indications;
    }

    public List<CIMInstance> enumerate(String className) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        ((InstanceProvider) provider(className)).enumerateInstances(CONTEXT, className, out::add);
        return out;
    }

    /** Every pool, of every kind's class (what a deep enumeration of VEM_ResourcePool returns). */
    public List<CIMInstance> pools() throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (PoolKind kind : PoolKind.values()) {
            out.addAll(enumerate(kind.className()));
        }
        return out;
    }

    public CIMInstance get(CIMObjectPath path) throws CimException {
        return ((InstanceProvider) provider(path.getObjectName())).getInstance(CONTEXT, path);
    }

    public List<CIMInstance> references(String associationClass, CIMObjectPath object, String role) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        ((AssociationProvider) provider(associationClass)).references(CONTEXT, associationClass, object, role, out::add);
        return out;
    }

    public MethodResult invoke(CIMObjectPath target, String method, CIMArgument<?>... in) throws CimException {
        return ((MethodProvider) provider(target.getObjectName())).invokeMethod(CONTEXT, target, method, in);
    }

    /** The single instance of a class (a service or the host). */
    public CIMObjectPath only(String className) throws CimException {
        List<CIMInstance> all = enumerate(className);
        if (all.size() != 1) {
            throw new IllegalStateException(all.size() + " instances of " + className);
        }
        return all.get(0).getObjectPath();
    }

    public Provider provider(String className) {
        Provider p = byClass.get(className.toLowerCase());
        if (p == null) {
            throw new IllegalArgumentException("no provider for " + className);
        }
        return p;
    }

    @Override
    public void register(String namespace, Provider provider) {
        for (String className : provider.classNames()) {
            if (byClass.putIfAbsent(className.toLowerCase(), provider) != null) {
                throw new IllegalStateException(className + " registered twice");
            }
        }
    }

    @Override
    public void registerProfile(ProfileDeclaration profile) {
        profiles.add(profile);
    }

    @Override
    public ProviderContext context() {
        return new ProviderContext() {
            @Override
            public IndicationPublisher indications() {
                return (ns, indication) -> indications.add(indication);
            }

            @Override
            public Jobs jobs() {
                return jobs;
            }

            @Override
            public CIMClass getClass(String namespace, String className) {
                return null;
            }

            @Override
            public List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) {
                return List.of();
            }
        };
    }

    @Override
    public void close() {
        hypervisor.close();
    }
}

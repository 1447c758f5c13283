package org.vemanager.provider.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.IndicationPublisher;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.Jobs;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Our SPI's registry for tests: records providers by class name (rejecting a class registered twice, as
 * the server does), the declared profiles and the indications providers publish; its context offers
 * {@link SyncJobs}.
 */
public final class RecordingRegistry implements ProviderRegistry {

    private final Map<String, Provider> byClass = new HashMap<>();
    private final Map<String, String> namespaces = new HashMap<>();
    private final List<ProfileDeclaration> profiles = new ArrayList<>();
    private final SyncJobs jobs = new SyncJobs();
    private final List<CIMInstance> indications = new CopyOnWriteArrayList<>();

    @Override
    public void register(String namespace, Provider provider) {
        for (String className : provider.classNames()) {
            if (byClass.putIfAbsent(className.toLowerCase(), provider) != null) {
                throw new IllegalStateException(className + " registered twice");
            }
            namespaces.put(className.toLowerCase(), namespace);
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

    public SyncJobs jobs() {
        return jobs;
    }

    public List<ProfileDeclaration> profiles() {
        return List.copyOf(profiles);
    }

    /** What providers published, in order (they may publish from libvirt's event thread). */
    public List<CIMInstance> indications() {
        return indications;
    }

    public Map<String, Provider> providers() {
        return Map.copyOf(byClass);
    }

    public String namespaceOf(String className) {
        return namespaces.get(className.toLowerCase());
    }

    public InstanceProvider instanceProvider(String className) {
        return (InstanceProvider) provider(className);
    }

    public AssociationProvider associationProvider(String className) {
        return (AssociationProvider) provider(className);
    }

    public MethodProvider methodProvider(String className) {
        return (MethodProvider) provider(className);
    }

    public Provider provider(String className) {
        Provider p = byClass.get(className.toLowerCase());
        if (p == null) {
            throw new IllegalArgumentException("no provider for " + className);
        }
        return p;
    }
}

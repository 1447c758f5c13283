package org.vemanager.wbem.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.IndicationPublisher;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.JobTask;
import org.vemanager.wbem.spi.Jobs;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderContext;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Providers by kind and class. Registration normally happens at start-up, lookups on every request;
 * both are thread-safe. The indication publisher, the job service and the instance-name source can
 * be plugged after providers were registered: the context hands out forwarding objects, so a
 * provider that kept {@code context().indications()} at registration reaches the real publisher once
 * it is wired.
 */
public final class DefaultProviderRegistry implements ProviderRegistry, ProfileCatalog {

    private static final IndicationPublisher NO_INDICATIONS = (namespace, indication) -> { };

    private final ClassRepository classes;
    private final Map<ClassInfo, InstanceProvider> instanceProviders = new ConcurrentHashMap<>();
    private final Map<ClassInfo, InstanceWriteProvider> writeProviders = new ConcurrentHashMap<>();
    private final Map<ClassInfo, MethodProvider> methodProviders = new ConcurrentHashMap<>();
    private final Map<ClassInfo, AssociationProvider> associationProviders = new ConcurrentHashMap<>();
    private final List<ProfileDeclaration> profiles = new CopyOnWriteArrayList<>();
    private final Context context = new Context();
    private volatile IndicationPublisher publisher = NO_INDICATIONS;
    private volatile Jobs jobs;
    private volatile InstanceNameSource names;

    public DefaultProviderRegistry(ClassRepository classes) {
        this.classes = Objects.requireNonNull(classes, "classes");
    }

    public ClassRepository classes() {
        return classes;
    }

    /** Plugs the server's indication service; until then indications go nowhere. */
    public void indicationPublisher(IndicationPublisher indicationPublisher) {
        this.publisher = indicationPublisher == null ? NO_INDICATIONS : indicationPublisher;
    }

    /** Plugs the job service behind {@code context().jobs()}. */
    public void jobs(Jobs jobService) {
        this.jobs = jobService;
    }

    /** Plugs the dispatcher behind {@code context().enumerateInstanceNames}. */
    public void instanceNames(InstanceNameSource source) {
        this.names = source;
    }

    @Override
    public synchronized void register(String namespace, Provider provider) {
        Objects.requireNonNull(provider, "provider");
        String ns = classes.resolveNamespace(namespace);
        if (ns == null) {
            throw new IllegalStateException("cannot register " + provider.getClass().getName() + ": namespace " + namespace
                + " does not exist in the class repository");
        }
        List<ClassInfo> served = new ArrayList<>();
        for (String className : provider.classNames()) {
            ClassInfo info = classes.classInfo(ns, className);
            if (info == null) {
                throw new IllegalStateException("cannot register " + provider.getClass().getName() + ": class " + className
                    + " does not exist in " + ns);
            }
            served.add(info);
        }
        for (ClassInfo info : served) {
            checkFree(instanceProviders, provider instanceof InstanceProvider, info, "instance");
            checkFree(writeProviders, provider instanceof InstanceWriteProvider, info, "write");
            checkFree(methodProviders, provider instanceof MethodProvider, info, "method");
            checkFree(associationProviders, provider instanceof AssociationProvider, info, "association");
            if (provider instanceof AssociationProvider && !info.isAssociation()) {
                throw new IllegalStateException("association provider " + provider.getClass().getName() + " registered for "
                    + info + ", which is not an association class");
            }
        }
        for (ClassInfo info : served) {
            if (provider instanceof InstanceProvider p) {
                instanceProviders.put(info, p);
            }
            if (provider instanceof InstanceWriteProvider p) {
                writeProviders.put(info, p);
            }
            if (provider instanceof MethodProvider p) {
                methodProviders.put(info, p);
            }
            if (provider instanceof AssociationProvider p) {
                associationProviders.put(info, p);
            }
        }
    }

    private static void checkFree(Map<ClassInfo, ?> map, boolean implementsKind, ClassInfo info, String kind) {
        if (implementsKind && map.containsKey(info)) {
            throw new IllegalStateException("class " + info + " already has an " + kind + " provider: "
                + map.get(info).getClass().getName());
        }
    }

    @Override
    public void registerProfile(ProfileDeclaration profile) {
        Objects.requireNonNull(profile, "profile");
        for (ProfileDeclaration existing : profiles) {
            if (existing.registeredName().equalsIgnoreCase(profile.registeredName())
                && existing.registeredVersion().equals(profile.registeredVersion())) {
                throw new IllegalStateException("profile " + profile.registeredName() + " " + profile.registeredVersion()
                    + " registered twice");
            }
        }
        profiles.add(profile);
    }

    @Override
    public List<ProfileDeclaration> profiles() {
        return List.copyOf(profiles);
    }

    @Override
    public ProviderContext context() {
        return context;
    }

    public InstanceProvider instanceProvider(ClassInfo info) {
        return instanceProviders.get(info);
    }

    public InstanceWriteProvider writeProvider(ClassInfo info) {
        return writeProviders.get(info);
    }

    public MethodProvider methodProvider(ClassInfo info) {
        return methodProviders.get(info);
    }

    public AssociationProvider associationProvider(ClassInfo info) {
        return associationProviders.get(info);
    }

    /** The publisher currently plugged in (a no-op until the indication service is wired). */
    public IndicationPublisher indicationPublisher() {
        return context.indications();
    }

    private final class Context implements ProviderContext {

        private final IndicationPublisher forwardingPublisher = this::publish;
        private final Jobs forwardingJobs = this::startJob;

        private void publish(String namespace, CIMInstance indication) {
            publisher.publish(namespace, indication);
        }

        private CIMObjectPath startJob(String namespace, String name, List<CIMObjectPath> affected, JobTask task) {
            Jobs current = jobs;
            if (current == null) {
                throw new IllegalStateException("no job service is wired into the provider registry");
            }
            return current.start(namespace, name, affected, task);
        }

        @Override
        public IndicationPublisher indications() {
            return forwardingPublisher;
        }

        @Override
        public Jobs jobs() {
            return forwardingJobs;
        }

        @Override
        public CIMClass getClass(String namespace, String className) {
            return classes.getClass(namespace, className);
        }

        @Override
        public List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) throws CimException {
            InstanceNameSource source = names;
            if (source == null) {
                throw new CimException(CimStatus.FAILED, "the server is not ready to enumerate instances yet");
            }
            return source.enumerateInstanceNames(namespace, className);
        }
    }
}

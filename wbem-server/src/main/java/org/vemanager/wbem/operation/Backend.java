package org.vemanager.wbem.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.repository.ClassRepository;
import org.vemanager.wbem.repository.DefaultProviderRegistry;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * What every operation family shares: the class repository, the providers, the settings, and the
 * generic checks (namespace, class) and reads (enumerate a class and its subclasses, get one
 * instance) that they are built from.
 */
final class Backend {

    final ClassRepository classes;
    final DefaultProviderRegistry providers;
    final DispatcherSettings settings;
    /** Filters for the common case (no PropertyList, no class origin, the class itself), built once per class. */
    private final Map<ClassInfo, InstanceFilter> plainFilters = new ConcurrentHashMap<>();

    Backend(DefaultProviderRegistry providers, DispatcherSettings settings) {
        this.classes = providers.classes();
        this.providers = providers;
        this.settings = settings;
    }

    /** The canonical namespace, or INVALID_NAMESPACE. */
    String namespace(String requested) throws CimException {
        String ns = classes.resolveNamespace(requested);
        if (ns == null) {
            throw new CimException(CimStatus.INVALID_NAMESPACE, "namespace " + requested + " does not exist");
        }
        return ns;
    }

    /** The class, or INVALID_CLASS naming the parameter. */
    ClassInfo requireClass(String namespace, String className, String parameter) throws CimException {
        ClassInfo info = className == null ? null : classes.classInfo(namespace, className);
        if (info == null) {
            throw new CimException(CimStatus.INVALID_CLASS, parameter + ": class " + className + " does not exist in namespace "
                + namespace);
        }
        return info;
    }

    InstanceFilter filter(ClassInfo cls, ClassInfo requested, String[] propertyList, boolean classOrigin) {
        if (propertyList == null && !classOrigin && (requested == null || requested == cls)) {
            return plainFilters.computeIfAbsent(cls, c -> InstanceFilter.of(c, null, null, false));
        }
        return InstanceFilter.of(cls, requested, propertyList, classOrigin);
    }

    /** {@code root} (when served) and, if {@code deep}, every subclass that has an instance provider. */
    List<ClassInfo> servedClasses(ClassInfo root) {
        List<ClassInfo> served = new ArrayList<>();
        if (providers.instanceProvider(root) != null) {
            served.add(root);
        }
        for (ClassInfo sub : root.deepSubclasses()) {
            if (providers.instanceProvider(sub) != null) {
                served.add(sub);
            }
        }
        return served;
    }

    /** Streams every instance of exactly {@code cls} from its provider (none when it has no provider). */
    void enumerate(RequestContext context, ClassInfo cls, InstanceSink sink) throws CimException {
        InstanceProvider provider = providers.instanceProvider(cls);
        if (provider != null) {
            provider.enumerateInstances(context, cls.name(), sink);
        }
    }

    /** The instance at the validated {@code path}; NOT_FOUND when no provider has it. */
    CIMInstance getInstance(RequestContext context, ClassInfo cls, CIMObjectPath path) throws CimException {
        InstanceProvider provider = providers.instanceProvider(cls);
        if (provider == null) {
            throw notFound(path);
        }
        CIMInstance instance = provider.getInstance(context, path);
        if (instance == null) {
            throw notFound(path);
        }
        return instance;
    }

    static CimException notFound(CIMObjectPath path) {
        return new CimException(CimStatus.NOT_FOUND, "no instance " + path.getObjectName() + " with keys "
            + java.util.Arrays.toString(path.getKeys()));
    }

    /** Every instance path of {@code className} and its subclasses, for ProviderContext. */
    List<CIMObjectPath> instanceNames(String namespace, String className, String user) throws CimException {
        String ns = namespace(namespace);
        ClassInfo root = requireClass(ns, className, "ClassName");
        RequestContext context = new RequestContext(ns, user);
        List<CIMObjectPath> paths = new ArrayList<>();
        for (ClassInfo cls : servedClasses(root)) {
            enumerate(context, cls, instance -> paths.add(Paths.withNamespace(instance.getObjectPath(), ns)));
        }
        return paths;
    }
}

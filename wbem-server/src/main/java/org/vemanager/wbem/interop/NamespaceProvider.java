package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_Namespace: one instance per namespace the server has, read at request time. Read-only —
 * namespaces are made by the server's configuration, not by clients.
 */
public final class NamespaceProvider implements InstanceProvider {

    /** ClassType 2 = "CIM": the namespace holds CIM classes. */
    private static final UnsignedInteger16 CLASS_TYPE_CIM = new UnsignedInteger16(2);
    /** ClassInfo (deprecated) 1 = "Other", described by DescriptionOfClassInfo. */
    private static final UnsignedInteger16 CLASS_INFO_OTHER = new UnsignedInteger16(1);
    private static final String SCHEMA_VERSION = "2.41.0";

    private final ServerIdentity identity;
    private final InteropClassNames names;
    private final Supplier<Set<String>> namespaces;

    /**
     * @param namespaces every namespace of the server (e.g. {@code root/interop}, {@code root/virt}),
     *     asked on each request so that it is always current
     */
    public NamespaceProvider(ServerIdentity identity, InteropClassNames names, Supplier<Set<String>> namespaces) {
        this.identity = identity;
        this.names = names;
        this.namespaces = namespaces;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.namespace());
    }

    /** The path of the CIM_Namespace instance for {@code namespace}. */
    public CIMObjectPath path(String namespace) {
        return Paths.of(InteropNamespace.NAME, names.namespace(),
                "SystemCreationClassName", identity.systemCreationClassName(),
                "SystemName", identity.hostName(),
                "ObjectManagerCreationClassName", names.objectManager(),
                "ObjectManagerName", identity.objectManagerName(),
                "CreationClassName", names.namespace(),
                "Name", namespace);
    }

    /** The namespaces, sorted, normalised (no leading or trailing '/'). */
    public List<String> namespaceNames() {
        Set<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String namespace : namespaces.get()) {
            sorted.add(Paths.normalize(namespace));
        }
        return new ArrayList<>(sorted);
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (String namespace : namespaceNames()) {
            sink.accept(instance(namespace));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        String name = Paths.keyString(path, "Name");
        for (String namespace : namespaceNames()) {
            if (name != null && namespace.equalsIgnoreCase(Paths.normalize(name)) && Paths.sameInstance(path(namespace), path)) {
                return instance(namespace);
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "No namespace " + path);
    }

    private CIMInstance instance(String namespace) {
        return Paths.instance(path(namespace),
                new CIMProperty<>("ClassInfo", CIMDataType.UINT16_T, CLASS_INFO_OTHER),
                new CIMProperty<>("DescriptionOfClassInfo", CIMDataType.STRING_T, "CIM Schema " + SCHEMA_VERSION),
                new CIMProperty<>("ClassType", CIMDataType.UINT16_T, CLASS_TYPE_CIM),
                new CIMProperty<>("ClassTypeVersion", CIMDataType.STRING_T, SCHEMA_VERSION),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, namespace));
    }
}

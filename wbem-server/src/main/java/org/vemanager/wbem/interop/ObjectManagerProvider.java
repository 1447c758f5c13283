package org.vemanager.wbem.interop;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The one CIM_ObjectManager. ModifyInstance may change GatherStatisticalData only (the dispatcher
 * lets only administrators write); while it is true the wire adds the WBEMServerResponseTime header
 * (DSP0200), which it reads through {@link #gatherStatisticalData()}.
 */
public final class ObjectManagerProvider implements InstanceProvider, InstanceWriteProvider {

    static final String ELEMENT_NAME = "VE-manager";
    private static final String GATHER = "GatherStatisticalData";
    private static final Set<String> KEYS = Set.of("systemcreationclassname", "systemname", "creationclassname", "name");

    private final ServerIdentity identity;
    private final InteropClassNames names;
    private final String version;
    private final AtomicBoolean gather = new AtomicBoolean(true);

    /** @param version the product version shown in Description */
    public ObjectManagerProvider(ServerIdentity identity, InteropClassNames names, String version) {
        this.identity = identity;
        this.names = names;
        this.version = version;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.objectManager());
    }

    /** True while statistics are gathered (the MOF default): the wire then sends WBEMServerResponseTime. */
    public BooleanSupplier gatherStatisticalData() {
        return gather::get;
    }

    public CIMObjectPath path() {
        return Paths.of(InteropNamespace.NAME, names.objectManager(),
                "SystemCreationClassName", identity.systemCreationClassName(),
                "SystemName", identity.hostName(),
                "CreationClassName", names.objectManager(),
                "Name", identity.objectManagerName());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(instance());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        requireOurs(path);
        return instance();
    }

    private void requireOurs(CIMObjectPath path) throws CimException {
        if (!Paths.sameInstance(path(), path)) {
            throw new CimException(CimStatus.NOT_FOUND, "No object manager " + path + "; the only one is " + path());
        }
    }

    private CIMInstance instance() {
        return Paths.instance(path(),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, ELEMENT_NAME),
                new CIMProperty<>("Description", CIMDataType.STRING_T,
                        "VE-manager " + version + " WBEM server (CIM-XML) on " + identity.hostName()),
                new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(2)),
                new CIMProperty<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(12)),
                new CIMProperty<>("OperationalStatus", CIMDataType.UINT16_ARRAY_T, new UnsignedInteger16[] {new UnsignedInteger16(2)}),
                new CIMProperty<>("Started", CIMDataType.BOOLEAN_T, Boolean.TRUE),
                new CIMProperty<>(GATHER, CIMDataType.BOOLEAN_T, gather.get()));
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED, "There is exactly one " + names.objectManager() + "; it cannot be created");
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED, "The " + names.objectManager() + " cannot be deleted");
    }

    /**
     * Changes GatherStatisticalData. Other properties may be sent (clients often send back the whole
     * instance) but must keep their current values: anything else is INVALID_PARAMETER, and nothing
     * is changed.
     */
    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        requireOurs(modified.getObjectPath());
        CIMInstance current = instance();
        Boolean newGather = null;
        for (CIMProperty<?> property : modified.getProperties()) {
            if (!selected(property.getName(), propertyList) || KEYS.contains(property.getName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (property.getName().equalsIgnoreCase(GATHER)) {
                if (!(property.getValue() instanceof Boolean value)) {
                    throw new CimException(CimStatus.INVALID_PARAMETER, "ModifiedInstance: " + GATHER + " must be true or false");
                }
                newGather = value;
                continue;
            }
            CIMProperty<?> existing = current.getProperty(property.getName());
            Object currentValue = existing == null ? null : existing.getValue();
            if (!Objects.deepEquals(currentValue, property.getValue())) {
                throw new CimException(CimStatus.INVALID_PARAMETER,
                        "ModifiedInstance: property " + property.getName() + " of " + names.objectManager()
                        + " cannot be changed; only " + GATHER + " can");
            }
        }
        if (newGather != null) {
            gather.set(newGather);
        }
    }

    private static boolean selected(String name, String[] propertyList) {
        if (propertyList == null) {
            return true;
        }
        for (String wanted : propertyList) {
            if (wanted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}

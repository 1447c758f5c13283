package org.vemanager.provider.profile.hostresource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.profile.resourcepool.PoolId;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A CIM_LogicalDevice class of the host itself, each device a component of one of the host's pools.
 * Keys: SystemCreationClassName = VEM_HostSystem, SystemName = the host's Name, CreationClassName,
 * DeviceID. The subclass reads its devices from libvirt; this class does enumeration, GetInstance and
 * the lookups the associations reuse.
 */
public abstract class HostDeviceProvider implements InstanceProvider {

    /** A device of the host and the pool it is part of. */
    public record HostDevice(CIMInstance instance, PoolId pool) {
        public CIMObjectPath path() {
            return instance.getObjectPath();
        }
    }

    protected final VirtHost host;
    private final String className;

    protected HostDeviceProvider(VirtHost host, String className) {
        this.host = host;
        this.className = className;
    }

    /** Every device of this class on the host. */
    public abstract List<HostDevice> devices() throws CimException;

    /** The devices that are part of {@code pool}; a subclass whose devices are many overrides it to read that pool only. */
    public List<HostDevice> devicesOf(PoolId pool) throws CimException {
        return devices().stream().filter(d -> d.pool().equals(pool)).toList();
    }

    /** The device with {@code deviceId}, or empty; a subclass overrides it to read only where that device can be. */
    protected Optional<HostDevice> device(String deviceId) throws CimException {
        return devices().stream().filter(d -> deviceId.equals(d.instance().getPropertyValue("DeviceID"))).findFirst();
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    public String className() {
        return className;
    }

    /** Whether {@code path} is of this provider's class (it may still name no device). */
    public boolean serves(CIMObjectPath path) {
        return Paths.isClass(path, className);
    }

    /** The device at {@code path}; NOT_FOUND when it is not one of this host's devices of this class. */
    public HostDevice find(CIMObjectPath path) throws CimException {
        Object id = Paths.keyValue(path, "DeviceID");
        Optional<HostDevice> device = serves(path) && id instanceof String s ? device(s) : Optional.empty();
        if (device.isEmpty() || !Paths.same(device.get().path(), path)) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + className + " " + id + " on host " + host.identity().name());
        }
        return device.get();
    }

    @Override
    public void enumerateInstances(RequestContext context, String requestedClass, InstanceSink sink) throws CimException {
        for (HostDevice device : devices()) {
            sink.accept(device.instance());
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return find(path).instance();
    }

    /** The keys, and the state of a device that is there to be used. */
    protected InstanceBuilder base(String deviceId) throws CimException {
        return new InstanceBuilder(host.namespace(), className)
                .key("SystemCreationClassName", CimNames.HOST_SYSTEM)
                .key("SystemName", host.identity().name())
                .key("CreationClassName", className)
                .key("DeviceID", deviceId)
                .uint16("EnabledState", 2)
                .uint16s("OperationalStatus", 2);
    }
}

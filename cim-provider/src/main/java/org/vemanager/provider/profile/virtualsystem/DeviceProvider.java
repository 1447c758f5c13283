package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.StateMapping;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * A CIM_LogicalDevice class of a virtual system, read from the domain's live XML. Keys:
 * SystemCreationClassName = VEM_ComputerSystem, SystemName = the domain's UUID, CreationClassName,
 * DeviceID. Each device knows the RASD it was allocated by (for SettingsDefineState).
 */
public abstract class DeviceProvider implements InstanceProvider {

    /** A device and the InstanceID of the RASD that defines it. */
    public record Device(CIMInstance instance, String rasdInstanceId) {
        public CIMObjectPath path() {
            return instance.getObjectPath();
        }
    }

    protected final VirtHost host;
    private final String className;

    protected DeviceProvider(VirtHost host, String className) {
        this.host = host;
        this.className = className;
    }

    /** The devices of this class in the domain's live configuration. */
    protected abstract List<Device> devices(DomainView view, DomainXml live);

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    public String className() {
        return className;
    }

    public List<Device> devicesOf(DomainView view) {
        return devices(view, DomainXml.readOnly(view.liveXml()));
    }

    /** The UUID of the system a device path of any of our device classes belongs to. */
    public static String systemUuidOf(CIMObjectPath path) throws CimException {
        if (!CimNames.COMPUTER_SYSTEM.equalsIgnoreCase(String.valueOf(Paths.keyValue(path, "SystemCreationClassName")))) {
            throw new CimException(CimStatus.NOT_FOUND, "not a device of a virtual system: " + path);
        }
        return Paths.stringKey(path, "SystemName");
    }

    protected InstanceBuilder base(DomainView view, String deviceId) {
        return new InstanceBuilder(host.namespace(), className)
                .key("SystemCreationClassName", CimNames.COMPUTER_SYSTEM)
                .key("SystemName", view.uuid())
                .key("CreationClassName", className)
                .key("DeviceID", deviceId)
                .uint16("EnabledState", StateMapping.enabledState(view.state(), view.managedSaveImage()))
                .uint16s("OperationalStatus", StateMapping.operationalStatus(view.state(), view.managedSaveImage()));
    }

    @Override
    public void enumerateInstances(RequestContext context, String requestedClass, InstanceSink sink) throws CimException {
        for (DomainView view : host.domains()) {
            for (Device device : devicesOf(view)) {
                sink.accept(device.instance());
            }
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return find(path).instance();
    }

    /** The device at {@code path}; NOT_FOUND when its system or the device does not exist. */
    public Device find(CIMObjectPath path) throws CimException {
        DomainView view = host.domain(systemUuidOf(path));
        for (Device device : devicesOf(view)) {
            if (Paths.same(device.path(), path)) {
                return device;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + className + " " + Paths.keyValue(path, "DeviceID") + " in virtual system "
                + view.name());
    }

    /** Every device of every system, for association enumeration. */
    public List<Device> all() throws CimException {
        List<Device> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(devicesOf(view));
        }
        return out;
    }
}

package org.vemanager.agent.node.guest;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.SystemInfo;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_GuestOperatingSystem: the operating system of a guest, as system.info reports it. It scopes
 * the guest's processes (VEM_OSProcess) and runs on the VM (VEM_RunningOS).
 */
final class GuestOperatingSystemProvider implements InstanceProvider {

    /** CIM_OperatingSystem.OSType 36 = LINUX: the guest-agent only runs on Linux. */
    static final int OS_TYPE_LINUX = 36;

    private final GuestDirectory guests;

    GuestOperatingSystemProvider(GuestDirectory guests) {
        this.guests = guests;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(GuestPaths.GUEST_OS);
    }

    private static CIMInstance instance(String uuid, SystemInfo info) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.GUEST_OS)
                .key("CSCreationClassName", CimNames.COMPUTER_SYSTEM)
                .key("CSName", uuid)
                .key("CreationClassName", GuestPaths.GUEST_OS)
                .key("Name", uuid)
                .string("ElementName", info.osName())
                .string("Caption", info.hostname())
                .string("Version", info.kernel())
                .uint16("OSType", OS_TYPE_LINUX)
                .uint16("EnabledState", 2)
                .uint64("TotalVisibleMemorySize", (long) info.memoryTotalKib())
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> sink.accept(instance(guest.uuid(), guest.call("describe the guest", client -> client.info()))));
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        GuestVm guest = guests.guest(GuestPaths.requireUuid(path));
        if (!guest.uuid().equalsIgnoreCase(String.valueOf(org.vemanager.provider.support.Paths.keyValue(path, "Name")))) {
            throw new CimException(org.vemanager.wbem.spi.CimStatus.NOT_FOUND, "no instance " + path);
        }
        return instance(guest.uuid(), guest.call("describe the guest", client -> client.info()));
    }
}

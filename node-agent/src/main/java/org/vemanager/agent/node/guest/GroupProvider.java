package org.vemanager.agent.node.guest;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** VEM_Group (DSP1034): a group of a guest, Name "{@code <VM UUID>:<group>}" because CIM_Group is keyed by name alone. */
final class GroupProvider implements InstanceProvider {

    private final GuestDirectory guests;

    GroupProvider(GuestDirectory guests) {
        this.guests = guests;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(GuestPaths.GROUP);
    }

    static List<GroupInfo> groups(GuestVm guest) throws CimException {
        return guest.call("list groups", client -> client.listGroups());
    }

    static GroupInfo group(GuestVm guest, String name) throws CimException {
        for (GroupInfo group : groups(guest)) {
            if (group.name().equals(name)) {
                return group;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no group '" + name + "' in VM '" + guest.name() + "' ("
                + guest.uuid() + ")");
    }

    /** CIM_Group requires CommonName: the group's name, as for an LDAP group's cn. */
    static CIMInstance instance(String uuid, GroupInfo group) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.GROUP)
                .key("CreationClassName", GuestPaths.GROUP)
                .key("Name", uuid + ":" + group.name())
                .string("ElementName", group.name())
                .string("CommonName", group.name())
                .string("BusinessCategory", "gid " + group.gid())
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            for (GroupInfo group : groups(guest)) {
                sink.accept(instance(guest.uuid(), group));
            }
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        GuestVm guest = guests.guest(GuestPaths.requireUuid(path));
        return instance(guest.uuid(), group(guest, GuestPaths.groupName(path)));
    }
}

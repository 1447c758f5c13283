package org.vemanager.agent.node.guest;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;

/** VEM_Group (DSP1034): a group of a guest, Name "{@code <VM UUID>:<group>}" because CIM_Group is keyed by name alone. */
final class GroupProvider extends GuestListedProvider<GroupInfo> {

    GroupProvider(GuestDirectory guests) {
        super(guests, GuestPaths.GROUP);
    }

    @Override
    List<GroupInfo> listed(GuestVm guest) throws CimException {
        return groups(guest);
    }

    @Override
    CIMInstance instanceOf(GuestVm guest, GroupInfo group) {
        return instance(guest.uuid(), group);
    }

    @Override
    GroupInfo named(GuestVm guest, CIMObjectPath path) throws CimException {
        return group(guest, GuestPaths.groupName(path));
    }

    static List<GroupInfo> groups(GuestVm guest) throws CimException {
        return guest.call("list groups", client -> client.listGroups());
    }

    static GroupInfo group(GuestVm guest, String name) throws CimException {
        return guest.find(groups(guest), group -> group.name().equals(name), "group '" + name + "'");
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
}

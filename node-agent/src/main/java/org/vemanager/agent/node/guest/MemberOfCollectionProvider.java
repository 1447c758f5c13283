package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_MemberOfCollection (DSP1034): Collection = a VEM_Group, Member = a VEM_Account of the same
 * guest (supplementary membership, as /etc/group lists it). CreateInstance adds the user to the
 * group, DeleteInstance removes it.
 */
final class MemberOfCollectionProvider extends GuestAssociationProvider implements InstanceWriteProvider {

    MemberOfCollectionProvider(GuestDirectory guests) {
        super(guests, GuestPaths.MEMBER_OF_COLLECTION, "Collection", "Member");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        List<String> users = AccountProvider.users(guest).stream().map(UserAccount::name).toList();
        for (GroupInfo group : GroupProvider.groups(guest)) {
            for (String member : group.members()) {
                if (users.contains(member)) {
                    links.add(new Link(GuestPaths.group(guest.uuid(), group.name()), GuestPaths.account(guest.uuid(), member)));
                }
            }
        }
        return links;
    }

    /** The group and the user an instance (or path) of ours names, both in one VM. */
    private record Membership(GuestVm guest, String group, String user) {
    }

    private Membership membership(Map<String, Object> refs) throws CimException {
        if (!(refs.get("Collection") instanceof CIMObjectPath collection)
                || !GuestPaths.GROUP.equalsIgnoreCase(collection.getObjectName())) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Collection: expected a VEM_Group reference");
        }
        if (!(refs.get("Member") instanceof CIMObjectPath member)
                || !GuestPaths.ACCOUNT.equalsIgnoreCase(member.getObjectName())) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Member: expected a VEM_Account reference");
        }
        String uuid = GuestPaths.requireUuid(collection);
        if (!uuid.equals(GuestPaths.uuidOf(member))) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "Member: the account must belong to the same VM as the group (" + uuid + ")");
        }
        GuestVm guest = guests.guest(uuid);
        String group = GuestPaths.groupName(collection);
        String user = Paths.stringKey(member, "Name");
        GroupProvider.group(guest, group);
        AccountProvider.user(guest, user);
        return new Membership(guest, group, user);
    }

    private static Map<String, Object> refs(CIMProperty<?>[] properties) {
        java.util.HashMap<String, Object> refs = new java.util.HashMap<>();
        for (CIMProperty<?> p : properties) {
            if (p.getValue() != null) {
                refs.put(p.getName().equalsIgnoreCase("Collection") ? "Collection"
                        : p.getName().equalsIgnoreCase("Member") ? "Member" : p.getName(), p.getValue());
            }
        }
        return refs;
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        Membership m = membership(refs(instance.getProperties()));
        m.guest().call("add '" + m.user() + "' to group '" + m.group() + "'", client -> {
            client.addToGroup(m.user(), m.group());
            return null;
        });
        return instance(new Link(GuestPaths.group(m.guest().uuid(), m.group()), GuestPaths.account(m.guest().uuid(),
                m.user()))).getObjectPath();
    }

    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED, "VEM_MemberOfCollection has nothing to modify");
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        Membership m = membership(refs(path.getKeys()));
        if (!GroupProvider.group(m.guest(), m.group()).members().contains(m.user())) {
            throw new CimException(CimStatus.NOT_FOUND, "'" + m.user() + "' is not a member of group '" + m.group() + "'");
        }
        m.guest().call("remove '" + m.user() + "' from group '" + m.group() + "'", client -> {
            client.removeFromGroup(m.user(), m.group());
            return null;
        });
    }
}

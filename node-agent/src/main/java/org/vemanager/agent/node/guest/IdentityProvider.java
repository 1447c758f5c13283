package org.vemanager.agent.node.guest;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_Identity (DSP1034): the security principal of each account and each group of a guest, which
 * VEM_AssignedIdentity links to it. It exists exactly while its account or group does; the guest
 * does not tell who is logged in, so CurrentlyAuthenticated stays false.
 */
final class IdentityProvider implements InstanceProvider {

    private final GuestDirectory guests;

    IdentityProvider(GuestDirectory guests) {
        this.guests = guests;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(GuestPaths.IDENTITY);
    }

    static CIMInstance instance(String uuid, String kind, String name) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.IDENTITY)
                .key("InstanceID", (String) GuestPaths.identity(uuid, kind, name).getKey("InstanceID").getValue())
                .string("ElementName", (GuestPaths.USER.equals(kind) ? "user " : "group ") + name)
                .bool("CurrentlyAuthenticated", false)
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            for (UserAccount user : AccountProvider.users(guest)) {
                sink.accept(instance(guest.uuid(), GuestPaths.USER, user.name()));
            }
            for (GroupInfo group : GroupProvider.groups(guest)) {
                sink.accept(instance(guest.uuid(), GuestPaths.GROUP_KIND, group.name()));
            }
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        String[] parts = GuestPaths.identityParts(path);
        if (parts == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        GuestVm guest = guests.guest(parts[0]);
        if (GuestPaths.USER.equals(parts[1])) {
            AccountProvider.user(guest, parts[2]);
        } else {
            GroupProvider.group(guest, parts[2]);
        }
        return instance(guest.uuid(), parts[1], parts[2]);
    }
}

package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.wbem.spi.CimException;

/** VEM_AssignedIdentity (DSP1034): IdentityInfo = a VEM_Identity, ManagedElement = the VEM_Account or VEM_Group it stands for. */
final class AssignedIdentityProvider extends GuestAssociationProvider {

    AssignedIdentityProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ASSIGNED_IDENTITY, "IdentityInfo", "ManagedElement");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (UserAccount user : AccountProvider.users(guest)) {
            links.add(new Link(GuestPaths.identity(guest.uuid(), GuestPaths.USER, user.name()),
                    GuestPaths.account(guest.uuid(), user.name())));
        }
        for (GroupInfo group : GroupProvider.groups(guest)) {
            links.add(new Link(GuestPaths.identity(guest.uuid(), GuestPaths.GROUP_KIND, group.name()),
                    GuestPaths.group(guest.uuid(), group.name())));
        }
        return links;
    }
}

package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.wbem.spi.CimException;

/** VEM_AccountOnSystem (DSP1034): GroupComponent = the VM's VEM_ComputerSystem, PartComponent = an account of its guest. */
final class AccountOnSystemProvider extends GuestAssociationProvider {

    AccountOnSystemProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ACCOUNT_ON_SYSTEM, "GroupComponent", "PartComponent");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (UserAccount user : AccountProvider.users(guest)) {
            links.add(new Link(GuestPaths.system(guest.uuid()), GuestPaths.account(guest.uuid(), user.name())));
        }
        return links;
    }
}

package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_GuestElementCapabilities (DSP1034): a guest's VEM_AccountManagementService → its
 * VEM_AccountManagementCapabilities, and each VEM_Account → the guest's VEM_AccountCapabilities (the
 * states an account can be put in). A subclass of VEM_ElementCapabilities, which the virtualization
 * provider serves for the host's own elements.
 */
final class GuestElementCapabilitiesProvider extends GuestAssociationProvider {

    GuestElementCapabilitiesProvider(GuestDirectory guests) {
        super(guests, GuestPaths.GUEST_ELEMENT_CAPABILITIES, "ManagedElement", "Capabilities");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        links.add(new Link(GuestPaths.accountService(guest.uuid()), GuestPaths.accountCapabilities(guest.uuid())));
        for (UserAccount user : AccountProvider.users(guest)) {
            links.add(new Link(GuestPaths.account(guest.uuid(), user.name()), GuestPaths.accountStateCapabilities(guest.uuid())));
        }
        return links;
    }
}

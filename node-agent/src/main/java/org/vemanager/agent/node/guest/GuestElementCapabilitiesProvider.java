package org.vemanager.agent.node.guest;

import java.util.List;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_GuestElementCapabilities (DSP1034): ManagedElement = a guest's VEM_AccountManagementService,
 * Capabilities = its VEM_AccountManagementCapabilities. A subclass of VEM_ElementCapabilities, which
 * the virtualization provider serves for the host's own elements.
 */
final class GuestElementCapabilitiesProvider extends GuestAssociationProvider {

    GuestElementCapabilitiesProvider(GuestDirectory guests) {
        super(guests, GuestPaths.GUEST_ELEMENT_CAPABILITIES, "ManagedElement", "Capabilities");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        guest.call("check that it answers", client -> client.info());
        return List.of(new Link(GuestPaths.accountService(guest.uuid()), GuestPaths.accountCapabilities(guest.uuid())));
    }
}

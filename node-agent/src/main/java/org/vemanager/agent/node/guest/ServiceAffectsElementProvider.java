package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ServiceAffectsElement (DSP1034): AffectedElement = an account of a guest, AffectingElement =
 * the guest's VEM_AccountManagementService, which manages it (ElementEffects 5).
 */
final class ServiceAffectsElementProvider extends GuestAssociationProvider {

    /** CIM_ServiceAffectsElement.ElementEffects 5 = Manages. */
    static final int MANAGES = 5;

    ServiceAffectsElementProvider(GuestDirectory guests) {
        super(guests, GuestPaths.SERVICE_AFFECTS_ELEMENT, "AffectedElement", "AffectingElement");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (UserAccount user : AccountProvider.users(guest)) {
            links.add(new Link(GuestPaths.account(guest.uuid(), user.name()), GuestPaths.accountService(guest.uuid())));
        }
        return links;
    }

    @Override
    void describe(InstanceBuilder builder, Link link) {
        builder.uint16s("ElementEffects", MANAGES);
    }
}

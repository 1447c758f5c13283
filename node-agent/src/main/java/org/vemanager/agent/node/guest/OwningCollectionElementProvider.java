package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.wbem.spi.CimException;

/** VEM_OwningCollectionElement (DSP1034): OwningElement = the VM's VEM_ComputerSystem, OwnedElement = a group of its guest. */
final class OwningCollectionElementProvider extends GuestAssociationProvider {

    OwningCollectionElementProvider(GuestDirectory guests) {
        super(guests, GuestPaths.OWNING_COLLECTION_ELEMENT, "OwningElement", "OwnedElement");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (GroupInfo group : GroupProvider.groups(guest)) {
            links.add(new Link(GuestPaths.system(guest.uuid()), GuestPaths.group(guest.uuid(), group.name())));
        }
        return links;
    }
}

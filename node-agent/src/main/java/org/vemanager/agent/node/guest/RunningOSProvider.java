package org.vemanager.agent.node.guest;

import java.util.List;
import org.vemanager.wbem.spi.CimException;

/** VEM_RunningOS: Antecedent = the guest's VEM_GuestOperatingSystem, Dependent = its VM's VEM_ComputerSystem. */
final class RunningOSProvider extends GuestAssociationProvider {

    RunningOSProvider(GuestDirectory guests) {
        super(guests, GuestPaths.RUNNING_OS, "Antecedent", "Dependent");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        guest.call("describe the guest", client -> client.info());
        return List.of(new Link(GuestPaths.operatingSystem(guest.uuid()), GuestPaths.system(guest.uuid())));
    }
}

package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.wbem.spi.CimException;

/** VEM_OSProcess: GroupComponent = the guest's VEM_GuestOperatingSystem, PartComponent = one of its processes. */
final class OSProcessProvider extends GuestAssociationProvider {

    OSProcessProvider(GuestDirectory guests) {
        super(guests, GuestPaths.OS_PROCESS, "GroupComponent", "PartComponent");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (ProcessInfo process : guest.call("list processes", client -> client.listProcesses())) {
            links.add(new Link(GuestPaths.operatingSystem(guest.uuid()), GuestPaths.process(guest.uuid(), process.pid())));
        }
        return links;
    }
}

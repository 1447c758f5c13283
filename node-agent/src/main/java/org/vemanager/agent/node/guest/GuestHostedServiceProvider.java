package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.ServiceUnit;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_GuestHostedService: Antecedent = a VM's VEM_ComputerSystem, Dependent = a service it hosts —
 * its VEM_GuestRelayService (every VM), and while its guest-agent answers, its
 * VEM_AccountManagementService and its VEM_GuestService units. A subclass of VEM_HostedService, which
 * the virtualization provider serves for the host's own services: one class has one provider, and
 * the server walks every served subclass of the AssocClass a client names.
 *
 * <p>A guest without systemd hosts no systemd services here (listing VEM_GuestService itself says
 * "not available"), and a guest that does not answer hosts nothing but the relay: an association
 * walk from the VM must not fail for either, and the relay is where its configuration is mended.
 */
final class GuestHostedServiceProvider extends GuestAssociationProvider {

    private static final String ANTECEDENT = "Antecedent";
    private static final String DEPENDENT = "Dependent";

    GuestHostedServiceProvider(GuestDirectory guests) {
        super(guests, GuestPaths.GUEST_HOSTED_SERVICE, ANTECEDENT, DEPENDENT);
    }

    /** The services inside one answering guest. */
    @Override
    List<Link> links(GuestVm guest) throws CimException {
        CIMObjectPath system = GuestPaths.system(guest.uuid());
        List<Link> links = new ArrayList<>();
        guest.call("check that it answers", client -> client.info());
        links.add(new Link(system, GuestPaths.accountService(guest.uuid())));
        List<ServiceUnit> units;
        try {
            units = guest.call("list services", client -> client.listServices());
        } catch (CimException e) {
            if (e.status() != CimStatus.NOT_SUPPORTED) {
                throw e;
            }
            units = List.of();
        }
        for (ServiceUnit unit : units) {
            links.add(new Link(system, GuestPaths.service(guest.uuid(), unit.name())));
        }
        return links;
    }

    private static Link relayLink(String uuid) {
        return new Link(GuestPaths.system(uuid), GuestPaths.relayService(uuid));
    }

    /** Every link of VM {@code uuid}: its relay, and its guest's services when it has a guest that answers. */
    private List<Link> linksOf(String uuid) throws CimException {
        DomainView view = guests.hypervisor().domain(uuid);
        List<Link> links = new ArrayList<>(List.of(relayLink(view.uuid())));
        GuestVm guest;
        try {
            guest = guests.guest(view.uuid());
        } catch (CimException e) {
            // not running, no guest-agent configured, or a configuration that cannot be used (the
            // relay instance says what is wrong): only the relay
            return links;
        }
        links.addAll(guests.fromVm(guest, () -> links(guest)));
        return links;
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainView view : guests.hypervisor().domains()) {
            sink.accept(instance(relayLink(view.uuid())));
        }
        super.enumerateInstances(context, className, sink);
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMObjectPath antecedent = Paths.refKey(path, ANTECEDENT);
        CIMObjectPath dependent = Paths.refKey(path, DEPENDENT);
        if (CimNames.COMPUTER_SYSTEM.equalsIgnoreCase(antecedent.getObjectName())) {
            for (Link link : linksOf(GuestPaths.requireUuid(antecedent))) {
                if (Paths.same(link.left(), antecedent) && Paths.same(link.right(), dependent)) {
                    return instance(link);
                }
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + GuestPaths.GUEST_HOSTED_SERVICE + " between " + antecedent
                + " and " + dependent);
    }

    /**
     * From a VM: all its links. From one of its services: the one link to its VM, when the service is
     * there. Any other object (the host, say) hosts nothing of ours.
     */
    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        String uuid = GuestPaths.uuidOf(objectName);
        if (uuid == null) {
            return;
        }
        List<Link> links;
        try {
            // the relay needs no word from the guest: its link is there while the VM is
            links = GuestPaths.RELAY_SERVICE.equalsIgnoreCase(objectName.getObjectName())
                    ? List.of(relayLink(guests.hypervisor().domain(uuid).uuid())) : linksOf(uuid);
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                return;
            }
            throw e;
        }
        acceptEnds(links, objectName, role, sink);
    }
}

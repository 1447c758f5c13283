package org.vemanager.provider.profile.systemvirtualization;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.profile.virtualsystem.EnabledLogicalElementCapabilitiesProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ElementCapabilities: ManagedElement → Capabilities for the host and its
 * VirtualSystemManagementCapabilities (DSP1042) and for each virtual system and its
 * EnabledLogicalElementCapabilities (DSP1057).
 */
public final class ElementCapabilitiesProvider extends BinaryAssociationProvider {

    private final HostSystemProvider hostSystem;
    private final VirtualSystemManagementCapabilitiesProvider managementCapabilities;
    private final ComputerSystemProvider systems;
    private final EnabledLogicalElementCapabilitiesProvider systemCapabilities;

    public ElementCapabilitiesProvider(VirtHost host, HostSystemProvider hostSystem,
            VirtualSystemManagementCapabilitiesProvider managementCapabilities, ComputerSystemProvider systems,
            EnabledLogicalElementCapabilitiesProvider systemCapabilities) {
        super(host, CimNames.ELEMENT_CAPABILITIES, "ManagedElement", "Capabilities");
        this.hostSystem = hostSystem;
        this.managementCapabilities = managementCapabilities;
        this.systems = systems;
        this.systemCapabilities = systemCapabilities;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        out.add(hostLink());
        for (String uuid : host.domainUuids()) {
            out.add(systemLink(uuid));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (hostSystem.isThisHost(object) || Paths.same(object, managementCapabilities.path())) {
            return List.of(hostLink());
        }
        return orNone(() -> {
            if (Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
                return List.of(systemLink(systems.view(object).uuid()));
            }
            if (Paths.isClass(object, CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM)) {
                return List.of(systemLink(host.domain(EnabledLogicalElementCapabilitiesProvider.uuidOf(object)).uuid()));
            }
            return List.of();
        });
    }

    private Link hostLink() throws CimException {
        return new Link(hostSystem.path(), managementCapabilities.path());
    }

    private Link systemLink(String uuid) {
        return new Link(systems.path(uuid), systemCapabilities.path(uuid));
    }
}

package org.vemanager.provider.profile.systemvirtualization;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.profile.virtualsystem.EnabledLogicalElementCapabilitiesProvider;
import org.vemanager.provider.support.HostExtensions;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.SourcedAssociationProvider;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ElementCapabilities: ManagedElement → Capabilities. The links come from a list of sources that the
 * parts of the host fill ({@link HostExtensions#elementCapabilities()}): the host and its
 * VirtualSystemManagementCapabilities (DSP1042), each virtual system and its
 * EnabledLogicalElementCapabilities (DSP1057), the pool and snapshot services and pools with theirs.
 */
public final class ElementCapabilitiesProvider extends SourcedAssociationProvider {

    public ElementCapabilitiesProvider(VirtHost host, List<LinkSource> sources) {
        super(host, CimNames.ELEMENT_CAPABILITIES, "ManagedElement", "Capabilities", sources);
    }

    /** Each virtual system to its EnabledLogicalElementCapabilities. */
    public static LinkSource ofSystems(VirtHost host, ComputerSystemProvider systems,
            EnabledLogicalElementCapabilitiesProvider systemCapabilities) {
        return new LinkSource() {
            @Override
            public List<Link> all() throws CimException {
                List<Link> out = new ArrayList<>();
                for (String uuid : host.domainUuids()) {
                    out.add(new Link(systems.path(uuid), systemCapabilities.path(uuid)));
                }
                return out;
            }

            @Override
            public List<Link> linksOf(CIMObjectPath object) throws CimException {
                return orNone(() -> {
                    String uuid;
                    if (Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
                        uuid = systems.view(object).uuid();
                    } else if (Paths.isClass(object, CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM)) {
                        uuid = host.domain(EnabledLogicalElementCapabilitiesProvider.uuidOf(object)).uuid();
                    } else {
                        return List.of();
                    }
                    return List.of(new Link(systems.path(uuid), systemCapabilities.path(uuid)));
                });
            }
        };
    }
}

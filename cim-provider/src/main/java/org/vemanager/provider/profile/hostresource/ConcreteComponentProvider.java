package org.vemanager.provider.profile.hostresource;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.profile.resourcepool.ResourcePools;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ConcreteComponent: a pool (GroupComponent) to each host element it is made of (PartComponent):
 * the primordial processor and memory pools to the host's processors and memory, a storage pool to its
 * volumes. Network pools have no part here (docs/conformance.md).
 */
public final class ConcreteComponentProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_ConcreteComponent";

    private final ResourcePools pools;
    private final List<HostDeviceProvider> devices;

    public ConcreteComponentProvider(ResourcePools pools, List<HostDeviceProvider> devices) {
        super(pools.host(), CLASS, "GroupComponent", "PartComponent");
        this.pools = pools;
        this.devices = List.copyOf(devices);
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (HostDeviceProvider provider : devices) {
            out.addAll(links(provider.devices()));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (ResourcePools.isPool(object)) {
            return orNone(() -> {
                List<Link> out = new ArrayList<>();
                for (HostDeviceProvider provider : devices) {
                    out.addAll(links(provider.devicesOf(ResourcePools.idOf(object))));
                }
                return out;
            });
        }
        for (HostDeviceProvider provider : devices) {
            if (provider.serves(object)) {
                return orNone(() -> links(List.of(provider.find(object))));
            }
        }
        return List.of();
    }

    private List<Link> links(List<HostDeviceProvider.HostDevice> parts) {
        return parts.stream().map(d -> new Link(pools.path(d.pool()), d.path())).toList();
    }
}

package org.vemanager.provider.profile.resourceallocation;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.VirtualSystemSettingDataProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.HostExtensions;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_VirtualSystemSettingDataComponent: GroupComponent = a VSSD, PartComponent = each of its RASDs; a
 * system's own, and those other parts of the host contribute (a snapshot's VSSD to the RASDs saved with it).
 */
public final class VirtualSystemSettingDataComponentProvider extends BinaryAssociationProvider {

    private final VirtualSystemSettingDataProvider settings;

    public VirtualSystemSettingDataComponentProvider(VirtHost host, VirtualSystemSettingDataProvider settings) {
        super(host, CimNames.VSSD_COMPONENT, "GroupComponent", "PartComponent");
        this.settings = settings;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(links(view));
        }
        out.addAll(HostExtensions.all(host.extensions().settingComponents()));
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        List<Link> contributed = HostExtensions.linksOf(host.extensions().settingComponents(), object);
        if (!contributed.isEmpty()) {
            return contributed;
        }
        return orNone(() -> {
            if (Paths.isClass(object, CimNames.VSSD)) {
                return links(host.domain(VirtualSystemSettingDataProvider.uuidOf(object)));
            }
            return links(host.domain(ResourceAllocationSettingDataProvider.uuidOf(object)));
        });
    }

    private List<Link> links(DomainView view) {
        CIMObjectPath vssd = settings.path(view.uuid());
        List<Link> out = new ArrayList<>();
        for (CIMInstance rasd : ResourceAllocationSettingDataProvider.allOf(host, view)) {
            out.add(new Link(vssd, rasd.getObjectPath()));
        }
        return out;
    }
}

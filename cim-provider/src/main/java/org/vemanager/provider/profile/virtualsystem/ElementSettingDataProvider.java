package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ElementSettingData: ManagedElement = a virtual system, SettingData = its VSSD. The VSSD is the
 * definition libvirt will use at next start, so it is the default and the next configuration (IsDefault,
 * IsNext = 1); it is the current one too (IsCurrent = 1), with the live-only differences visible on the
 * logical devices.
 */
public final class ElementSettingDataProvider extends BinaryAssociationProvider {

    private static final int YES = 1;

    private final ComputerSystemProvider systems;
    private final VirtualSystemSettingDataProvider settings;

    public ElementSettingDataProvider(VirtHost host, ComputerSystemProvider systems, VirtualSystemSettingDataProvider settings) {
        super(host, CimNames.ELEMENT_SETTING_DATA, "ManagedElement", "SettingData");
        this.systems = systems;
        this.settings = settings;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (String uuid : host.domainUuids()) {
            out.add(new Link(systems.path(uuid), settings.path(uuid)));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        return orNone(() -> {
            String uuid = Paths.isClass(object, CimNames.COMPUTER_SYSTEM) ? systems.view(object).uuid()
                    : host.domain(VirtualSystemSettingDataProvider.uuidOf(object)).uuid();
            return List.of(new Link(systems.path(uuid), settings.path(uuid)));
        });
    }

    @Override
    protected void describe(InstanceBuilder builder, Link link) {
        builder.uint16("IsDefault", YES).uint16("IsCurrent", YES).uint16("IsNext", YES);
    }
}

package org.vemanager.provider.profile.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/** VEM_SnapshotOfVirtualSystem: a virtual system (Antecedent) to each of its snapshots (Dependent). */
public final class SnapshotOfVirtualSystemProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_SnapshotOfVirtualSystem";

    private final SnapshotSettings settings;
    private final ComputerSystemProvider systems;

    public SnapshotOfVirtualSystemProvider(SnapshotSettings settings, ComputerSystemProvider systems) {
        super(settings.host(), CLASS, "Antecedent", "Dependent");
        this.settings = settings;
        this.systems = systems;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(linksOfSystem(view.uuid()));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
            return orNone(() -> linksOfSystem(ComputerSystemProvider.uuidOf(object)));
        }
        if (Paths.isClass(object, CimNames.VSSD)) {
            Object id = Paths.keyValue(object, "InstanceID");
            Optional<SnapshotSettings.SnapshotId> snapshot = SnapshotSettings.parse(id == null ? null : id.toString());
            if (snapshot.isPresent() && settings.find(snapshot.get().instanceId()).isPresent()) {
                return List.of(new Link(systems.path(snapshot.get().uuid()), settings.path(snapshot.get())));
            }
        }
        return List.of();
    }

    private List<Link> linksOfSystem(String uuid) throws CimException {
        List<Link> out = new ArrayList<>();
        for (Snapshots.Snapshot s : settings.snapshots().list(uuid)) {
            out.add(new Link(systems.path(uuid), settings.path(s)));
        }
        return out;
    }
}

package org.vemanager.provider.profile.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * An association between a virtual system and some of its snapshots. Every link of such an association
 * belongs to one system, so links are found system by system: asked from a system or from one of its
 * snapshots, only that system's snapshots are read; the subclass says which links one system has.
 */
abstract class SystemSnapshotAssociation extends BinaryAssociationProvider {

    protected final SnapshotSettings settings;
    protected final ComputerSystemProvider systems;

    SystemSnapshotAssociation(SnapshotSettings settings, ComputerSystemProvider systems, String className) {
        super(settings.host(), className, "Antecedent", "Dependent");
        this.settings = settings;
        this.systems = systems;
    }

    /** The links of the virtual system {@code uuid}; NOT_FOUND when it does not exist. */
    protected abstract List<Link> linksOfSystem(String uuid) throws CimException;

    @Override
    protected final List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(linksOfSystem(view.uuid()));
        }
        return out;
    }

    @Override
    protected final List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
            return orNone(() -> linksOfSystem(ComputerSystemProvider.uuidOf(object)));
        }
        if (Paths.isClass(object, CimNames.VSSD)) {
            Object id = Paths.keyValue(object, "InstanceID");
            Optional<SnapshotSettings.SnapshotId> snapshot = SnapshotSettings.parse(id == null ? null : id.toString());
            if (snapshot.isPresent()) {
                return orNone(() -> linksOfSystem(snapshot.get().uuid()));
            }
        }
        return List.of();
    }
}

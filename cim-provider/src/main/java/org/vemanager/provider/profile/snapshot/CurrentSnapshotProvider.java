package org.vemanager.provider.profile.snapshot;

import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.wbem.spi.CimException;

/**
 * A virtual system's libvirt "current" snapshot (the last one created or applied, which its present
 * state descends from), served as two classes whose references point opposite ways:
 * VEM_LastAppliedSnapshot (Antecedent = snapshot, Dependent = system) and
 * VEM_MostCurrentSnapshotInBranch (Antecedent = system, Dependent = snapshot).
 */
public final class CurrentSnapshotProvider extends SystemSnapshotAssociation {

    public static final String LAST_APPLIED = "VEM_LastAppliedSnapshot";
    public static final String MOST_CURRENT_IN_BRANCH = "VEM_MostCurrentSnapshotInBranch";

    private final boolean snapshotFirst;

    private CurrentSnapshotProvider(SnapshotSettings settings, ComputerSystemProvider systems, String className, boolean snapshotFirst) {
        super(settings, systems, className);
        this.snapshotFirst = snapshotFirst;
    }

    public static CurrentSnapshotProvider lastApplied(SnapshotSettings settings, ComputerSystemProvider systems) {
        return new CurrentSnapshotProvider(settings, systems, LAST_APPLIED, true);
    }

    public static CurrentSnapshotProvider mostCurrentInBranch(SnapshotSettings settings, ComputerSystemProvider systems) {
        return new CurrentSnapshotProvider(settings, systems, MOST_CURRENT_IN_BRANCH, false);
    }

    @Override
    protected List<Link> linksOfSystem(String uuid) throws CimException {
        Optional<Snapshots.Snapshot> current = settings.snapshots().current(uuid);
        if (current.isEmpty()) {
            return List.of();
        }
        CIMObjectPath system = systems.path(uuid);
        CIMObjectPath snapshot = settings.path(current.get());
        return List.of(snapshotFirst ? new Link(snapshot, system) : new Link(system, snapshot));
    }
}

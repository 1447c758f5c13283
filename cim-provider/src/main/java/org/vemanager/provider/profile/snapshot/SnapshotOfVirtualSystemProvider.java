package org.vemanager.provider.profile.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.wbem.spi.CimException;

/** VEM_SnapshotOfVirtualSystem: a virtual system (Antecedent) to each of its snapshots (Dependent). */
public final class SnapshotOfVirtualSystemProvider extends SystemSnapshotAssociation {

    public static final String CLASS = "VEM_SnapshotOfVirtualSystem";

    public SnapshotOfVirtualSystemProvider(SnapshotSettings settings, ComputerSystemProvider systems) {
        super(settings, systems, CLASS);
    }

    @Override
    protected List<Link> linksOfSystem(String uuid) throws CimException {
        List<Link> out = new ArrayList<>();
        for (Snapshots.Snapshot s : settings.snapshots().list(uuid)) {
            out.add(new Link(systems.path(uuid), settings.path(s)));
        }
        return out;
    }
}

/**
 * Virtual system snapshots (the DMTF Virtual System Snapshot profile, version 1.0.0, as its classes
 * stand in CIM Schema 2.41; we could not confirm its DSP number from our references), over libvirt's
 * snapshot trees: VEM_VirtualSystemSnapshotService (CreateSnapshot, DestroySnapshot, ApplySnapshot),
 * VEM_VirtualSystemSnapshotServiceCapabilities, VEM_SnapshotOfVirtualSystem,
 * VEM_LastAppliedSnapshot and VEM_MostCurrentSnapshotInBranch.
 *
 * <p>A snapshot is a VEM_VirtualSystemSettingData with InstanceID {@code VEM:<uuid>/snapshot/<name>}
 * (see {@link org.vemanager.provider.profile.snapshot.SnapshotSettings}). CIM 2.41 has no property or
 * association for a snapshot's parent, so the tree is carried in the snapshot's {@code Notes}: an entry
 * {@code Parent=<InstanceID of the parent snapshot>} (absent for a root), next to {@code State=} (the
 * domain state captured) and the snapshot's description. libvirt's "current" snapshot (the one the
 * virtual system's present state descends from: the last one created or applied) is both the
 * LastAppliedSnapshot and the MostCurrentSnapshotInBranch.
 */
package org.vemanager.provider.profile.snapshot;

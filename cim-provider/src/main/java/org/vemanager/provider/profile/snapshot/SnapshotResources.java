package org.vemanager.provider.profile.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.support.BinaryAssociationProvider.Link;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.SettingSource;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The RASDs of a snapshot: the domain definition libvirt saved with it, mapped exactly as a system's own
 * ({@link ResourceMapping}), under InstanceIDs that name the snapshot
 * ({@code VEM:<uuid>/snapshot/<name>/<kind>/<index-or-target>}, {@link InstanceIds}). Served by the RASD
 * providers through this {@link SettingSource}, and linked to the snapshot's VSSD by
 * VEM_VirtualSystemSettingDataComponent through this {@link LinkSource}. They are a record of the past:
 * the virtual system management service refuses to modify or remove them.
 */
public final class SnapshotResources implements SettingSource, LinkSource {

    private final SnapshotSettings settings;

    public SnapshotResources(SnapshotSettings settings) {
        this.settings = settings;
    }

    /** The RASDs saved with one snapshot; none when libvirt kept no definition with it. */
    public List<CIMInstance> of(Snapshots.Snapshot s) {
        if (s.definition() == null) {
            return List.of();
        }
        String settingsId = InstanceIds.snapshot(s.domainUuid(), s.name());
        return ResourceMapping.rasdsOf(settings.host().namespace(), settingsId, s.definition());
    }

    @Override
    public Optional<CIMInstance> find(String instanceId) throws CimException {
        Optional<InstanceIds.SnapshotPart> id = InstanceIds.parseSnapshot(instanceId);
        if (id.isEmpty() || id.get().kind().isEmpty()) {
            return Optional.empty();
        }
        Optional<Snapshots.Snapshot> s = snapshot(id.get());
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (CIMInstance rasd : of(s.get())) {
            if (instanceId.equals(rasd.getPropertyValue("InstanceID"))) {
                return Optional.of(rasd);
            }
        }
        return Optional.empty();
    }

    /** Every snapshot RASD of the class {@code className}; nothing, without asking libvirt, for a class that is no RASD kind of ours. */
    @Override
    public List<CIMInstance> all(String className) throws CimException {
        if (ResourceKind.ofClassName(className).isEmpty()) {
            return List.of();
        }
        List<CIMInstance> out = new ArrayList<>();
        for (SnapshotSettings.Taken t : settings.every()) {
            for (CIMInstance rasd : of(t.snapshot())) {
                if (rasd.getClassName().equalsIgnoreCase(className)) {
                    out.add(rasd);
                }
            }
        }
        return out;
    }

    /** Every snapshot VSSD to each of its RASDs. */
    @Override
    public List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (SnapshotSettings.Taken t : settings.every()) {
            out.addAll(links(t.snapshot()));
        }
        return out;
    }

    /** The links of the snapshot that {@code object} (its VSSD or one of its RASDs) belongs to; none for anything else. */
    @Override
    public List<Link> linksOf(CIMObjectPath object) throws CimException {
        Object key = Paths.keyValue(object, "InstanceID");
        Optional<InstanceIds.SnapshotPart> id = InstanceIds.parseSnapshot(key == null ? null : key.toString());
        if (id.isEmpty()) {
            return List.of();
        }
        Optional<Snapshots.Snapshot> s = snapshot(id.get());
        return s.isEmpty() ? List.of() : links(s.get());
    }

    private List<Link> links(Snapshots.Snapshot s) {
        CIMObjectPath vssd = settings.path(s);
        List<Link> out = new ArrayList<>();
        for (CIMInstance rasd : of(s)) {
            out.add(new Link(vssd, rasd.getObjectPath()));
        }
        return out;
    }

    /** The snapshot an InstanceID belongs to; empty when it or its system does not exist. */
    private Optional<Snapshots.Snapshot> snapshot(InstanceIds.SnapshotPart id) throws CimException {
        try {
            return settings.snapshots().find(id.uuid(), id.name());
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

package org.vemanager.provider.profile.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.provider.libvirt.DomainName;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.profile.systemvirtualization.VirtualSystemManagementCapabilitiesProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.SettingSource;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Snapshots as VEM_VirtualSystemSettingData instances (InstanceID {@code VEM:<uuid>/snapshot/<name>},
 * {@link InstanceIds#snapshot}): ElementName = the snapshot's name, VirtualSystemIdentifier = the domain's
 * name, VirtualSystemType = the saved definition's (DSP1057 requires it), CreationTime, Notes =
 * {@code Parent=<InstanceID>} (roots have none), {@code State=<captured state>} and the description.
 *
 * <p>The VSSD class is served by the virtual-system provider; it finds and lists snapshots through this
 * {@link SettingSource} (registered in the host's extensions), so EnumerateInstances of the VSSD class
 * lists every system's definition and every snapshot. Clients that want the systems only go from the
 * systems (SettingsDefineState, ElementSettingData) or tell the InstanceID kinds apart. Snapshots are
 * also reached from their system (SnapshotOfVirtualSystem, LastAppliedSnapshot,
 * MostCurrentSnapshotInBranch).
 */
public final class SnapshotSettings implements SettingSource {

    /** A snapshot InstanceID split into its system and name. */
    public record SnapshotId(String uuid, String name) {
        public String instanceId() {
            return InstanceIds.snapshot(uuid, name);
        }
    }

    /** A snapshot with the name of the system it was taken of. */
    public record Taken(String domainName, Snapshots.Snapshot snapshot) {
    }

    private final VirtHost host;
    private final Snapshots snapshots;

    public SnapshotSettings(VirtHost host) {
        this.host = host;
        this.snapshots = new Snapshots(host.hypervisor());
    }

    public VirtHost host() {
        return host;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    /** The snapshot a snapshot VSSD's InstanceID names; empty for any other InstanceID (a snapshot RASD's too). */
    public static Optional<SnapshotId> parse(String instanceId) {
        return InstanceIds.parseSnapshot(instanceId).filter(p -> p.kind().isEmpty()).map(p -> new SnapshotId(p.uuid(), p.name()));
    }

    /** The snapshot a VSSD path names; INVALID_PARAMETER naming {@code parameter} for anything else. */
    public static SnapshotId idOf(CIMObjectPath path, String parameter) throws CimException {
        Object id = path == null ? null : Paths.keyValue(path, "InstanceID");
        if (path == null || !Paths.isClass(path, CimNames.VSSD)) {
            throw new CimException(CimStatus.INVALID_PARAMETER, parameter + " must reference a " + CimNames.VSSD + " snapshot, not "
                    + path);
        }
        return parse(id == null ? null : id.toString()).orElseThrow(() -> new CimException(CimStatus.INVALID_PARAMETER,
                parameter + " " + id + " is a virtual system's definition, not one of its snapshots"));
    }

    public CIMObjectPath path(SnapshotId id) {
        return InstanceBuilder.path(host.namespace(), CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", id.instanceId()));
    }

    public CIMObjectPath path(Snapshots.Snapshot s) {
        return path(new SnapshotId(s.domainUuid(), s.name()));
    }

    /**
     * Every snapshot of every virtual system, asking only the systems that have snapshots: a host where
     * none has costs one listing. A system undefined meanwhile is left out.
     */
    public List<Taken> every() throws CimException {
        List<Taken> out = new ArrayList<>();
        for (DomainName domain : host.hypervisor().domainsWithSnapshots()) {
            List<Snapshots.Snapshot> list;
            try {
                list = snapshots.list(domain.uuid());
            } catch (CimException e) {
                if (e.status() == CimStatus.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            for (Snapshots.Snapshot s : list) {
                out.add(new Taken(domain.name(), s));
            }
        }
        return out;
    }

    /** Every snapshot of every virtual system as a VSSD. */
    public List<CIMInstance> all() throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (Taken t : every()) {
            out.add(instance(t.domainName(), t.snapshot()));
        }
        return out;
    }

    /** Every snapshot VSSD for the VSSD class; nothing for another class. */
    @Override
    public List<CIMInstance> all(String className) throws CimException {
        return CimNames.VSSD.equalsIgnoreCase(className) ? all() : List.of();
    }

    /** Every snapshot of one virtual system; NOT_FOUND when it does not exist. */
    public List<CIMInstance> of(String uuid) throws CimException {
        DomainView view = host.domain(uuid);
        List<CIMInstance> out = new ArrayList<>();
        for (Snapshots.Snapshot s : snapshots.list(uuid)) {
            out.add(instance(view.name(), s));
        }
        return out;
    }

    /** The snapshot with this InstanceID; empty when it is not a snapshot InstanceID or does not exist. */
    @Override
    public Optional<CIMInstance> find(String instanceId) throws CimException {
        Optional<SnapshotId> id = parse(instanceId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        DomainView view;
        try {
            view = host.domain(id.get().uuid());
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        return snapshots.find(view.uuid(), id.get().name()).map(s -> instance(view.name(), s));
    }

    /** The snapshot, or NOT_FOUND naming it and its system. */
    public Snapshots.Snapshot require(SnapshotId id) throws CimException {
        return snapshots.find(id.uuid(), id.name()).orElseThrow(() -> new CimException(CimStatus.NOT_FOUND,
                "virtual system " + id.uuid() + " has no snapshot named '" + id.name() + "'"));
    }

    public CIMInstance instance(String domainName, Snapshots.Snapshot s) {
        List<String> notes = new ArrayList<>();
        if (s.parent() != null) {
            notes.add("Parent=" + new SnapshotId(s.domainUuid(), s.parent()).instanceId());
        }
        if (s.state() != null) {
            notes.add("State=" + s.state());
        }
        if (s.description() != null) {
            notes.add(s.description());
        }
        CIMInstance base = new InstanceBuilder(host.namespace(), CimNames.VSSD)
                .key("InstanceID", new SnapshotId(s.domainUuid(), s.name()).instanceId())
                .string("ElementName", s.name())
                .string("VirtualSystemIdentifier", domainName)
                .string("VirtualSystemType", s.definition() == null ? null
                        : VirtualSystemManagementCapabilitiesProvider.systemType(s.definition().type))
                .caption("Snapshot " + s.name() + " of " + domainName)
                .strings("Notes", notes.toArray(new String[0]))
                .build();
        return withDateTime(base, "CreationTime", s.creationTime() * 1000);
    }

    /** {@code instance} with one more property, a datetime at {@code epochMillis} (UTC). */
    static CIMInstance withDateTime(CIMInstance instance, String name, long epochMillis) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(epochMillis);
        CIMProperty<?>[] old = instance.getProperties();
        CIMProperty<?>[] all = Arrays.copyOf(old, old.length + 1);
        all[old.length] = new CIMProperty<>(name, CIMDataType.DATETIME_T, new CIMDateTimeAbsolute(calendar));
        return new CIMInstance(instance.getObjectPath(), all);
    }
}

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
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Snapshots;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Snapshots as VEM_VirtualSystemSettingData instances (InstanceID {@code VEM:<uuid>/snapshot/<name>}):
 * ElementName = the snapshot's name, VirtualSystemIdentifier = the domain's name, CreationTime, Notes =
 * {@code Parent=<InstanceID>} (roots have none), {@code State=<captured state>} and the description.
 *
 * <p>The VSSD class is served by the virtual-system provider; its GetInstance asks {@link #find(String)}
 * (registered as a {@link org.vemanager.provider.support.SettingSource} in the host's extensions).
 * Snapshots are reached from their system (SnapshotOfVirtualSystem, LastAppliedSnapshot,
 * MostCurrentSnapshotInBranch); EnumerateInstances of the VSSD class lists only the systems' own
 * definitions.
 */
public final class SnapshotSettings {

    static final String SEGMENT = "/snapshot/";

    /** A snapshot InstanceID split into its system and name. */
    public record SnapshotId(String uuid, String name) {
        public String instanceId() {
            return CimNames.INSTANCE_ID_PREFIX + uuid + SEGMENT + name;
        }
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

    /** The snapshot an InstanceID names; empty for any other InstanceID. */
    public static Optional<SnapshotId> parse(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(CimNames.INSTANCE_ID_PREFIX)) {
            return Optional.empty();
        }
        String rest = instanceId.substring(CimNames.INSTANCE_ID_PREFIX.length());
        int at = rest.indexOf(SEGMENT);
        if (at <= 0 || at + SEGMENT.length() >= rest.length()) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotId(rest.substring(0, at), rest.substring(at + SEGMENT.length())));
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

    /** Every snapshot of every virtual system. */
    public List<CIMInstance> all() throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            for (Snapshots.Snapshot s : snapshots.list(view.uuid())) {
                out.add(instance(view.name(), s));
            }
        }
        return out;
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

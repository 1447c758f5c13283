package org.vemanager.provider.profile.snapshot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainJobMonitor;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.Props;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.HostServiceProvider;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/**
 * VEM_VirtualSystemSnapshotService of the host.
 *
 * <ul>
 * <li>{@code CreateSnapshot(AffectedSystem, SnapshotSettings, SnapshotType)}: SnapshotType 2 Full (disks
 * and memory, the system keeps running) or 3 Disk (disks only; not on the test driver).
 * SnapshotSettings is optional: its ElementName names the snapshot (default {@code snap-<time>}), its
 * Description or first Notes entry describes it. Checks the system, the type and the name at once, then
 * takes the snapshot as a job (4096) with ResultingSnapshot already set.</li>
 * <li>{@code DestroySnapshot(AffectedSnapshot)}: deletes one snapshot, re-parenting its children;
 * synchronous (0).</li>
 * <li>{@code ApplySnapshot(Snapshot)}: reverts the snapshot's own virtual system to it, as a job
 * (4096).</li>
 * </ul>
 */
public final class VirtualSystemSnapshotServiceProvider extends HostServiceProvider {

    public static final String CLASS = "VEM_VirtualSystemSnapshotService";
    public static final String NAME = "VirtualSystemSnapshotService";
    public static final int FULL = 2;
    public static final int DISK = 3;

    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("'snap-'yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final SnapshotSettings settings;
    private final ComputerSystemProvider systems;

    public VirtualSystemSnapshotServiceProvider(SnapshotSettings settings, ComputerSystemProvider systems) {
        super(settings.host(), CLASS, NAME, "Virtual system snapshot service");
        this.settings = settings;
        this.systems = systems;
    }

    /** The snapshot types this host's hypervisor takes: the test driver has no disk-only snapshots. */
    public int[] supportedTypes() throws CimException {
        return "test".equalsIgnoreCase(settings.host().identity().driver()) ? new int[] {FULL} : new int[] {FULL, DISK};
    }

    @Override
    protected MethodResult invoke(String methodName, MethodInputs inputs) throws CimException {
        return switch (methodName.toLowerCase(Locale.ROOT)) {
            case "createsnapshot" -> create(inputs);
            case "destroysnapshot" -> destroy(inputs);
            case "applysnapshot" -> apply(inputs);
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, methodName + " is not a method of " + CLASS);
        };
    }

    private MethodResult create(MethodInputs in) throws CimException {
        CIMObjectPath systemPath = in.reference("AffectedSystem", true);
        DomainView view;
        try {
            view = systems.view(systemPath);
        } catch (CimException e) {
            throw MethodInputs.invalid("AffectedSystem", "names no virtual system of this host: " + systemPath);
        }
        Long type = in.number("SnapshotType");
        if (type == null || type != FULL && type != DISK) {
            throw MethodInputs.invalid("SnapshotType", "must be 2 (Full) or 3 (Disk), not " + type);
        }
        boolean supported = false;
        for (int t : supportedTypes()) {
            supported |= t == type;
        }
        if (!supported) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "SnapshotType " + type + " (Disk) is not supported by the "
                    + settings.host().identity().driver() + " hypervisor; use 2 (Full)");
        }
        CIMInstance requested = in.instance("SnapshotSettings", false);
        String name = requested == null ? null : Props.string(requested, "ElementName", "SnapshotSettings");
        if (name == null) {
            name = LocalDateTime.now().format(DEFAULT_NAME);
        } else if (!SNAPSHOT_NAME.matcher(name).matches()) {
            throw MethodInputs.invalid("SnapshotSettings", "ElementName must be 1 to 64 letters, digits, '.', '_' or '-', not '"
                    + name + "'");
        }
        String description = requested == null ? null : description(requested);
        String uuid = view.uuid();
        String snapshotName = name;
        if (settings.snapshots().find(uuid, snapshotName).isPresent()) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "virtual system " + view.name() + " already has a snapshot named '"
                    + snapshotName + "'");
        }
        CIMObjectPath result = settings.path(new SnapshotSettings.SnapshotId(uuid, snapshotName));
        CIMObjectPath job = settings.host().jobs().start(settings.host().namespace(), "Snapshot " + view.name() + " as " + snapshotName,
                List.of(systems.path(uuid), result), progress -> DomainJobMonitor.run(settings.host().hypervisor(), uuid,
                        "snapshot " + view.name() + " as " + snapshotName, progress,
                        () -> settings.snapshots().create(uuid, snapshotName, description, type == DISK)));
        return MethodResult.of(4096, List.of(
                new CIMArgument<>("ResultingSnapshot", new CIMDataType(CimNames.VSSD), result),
                new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), job)));
    }

    private static String description(CIMInstance requested) throws CimException {
        String description = Props.string(requested, "Description", "SnapshotSettings");
        if (description != null) {
            return description;
        }
        String[] notes = Props.strings(requested, "Notes", "SnapshotSettings");
        return notes.length == 0 ? null : notes[0];
    }

    private MethodResult destroy(MethodInputs in) throws CimException {
        SnapshotSettings.SnapshotId id = SnapshotSettings.idOf(in.reference("AffectedSnapshot", true), "AffectedSnapshot");
        settings.require(id);
        settings.snapshots().delete(id.uuid(), id.name());
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    private MethodResult apply(MethodInputs in) throws CimException {
        SnapshotSettings.SnapshotId id = SnapshotSettings.idOf(in.reference("Snapshot", true), "Snapshot");
        settings.require(id);
        DomainView view = settings.host().domain(id.uuid());
        CIMObjectPath job = settings.host().jobs().start(settings.host().namespace(), "Apply snapshot " + id.name() + " to "
                + view.name(), List.of(systems.path(id.uuid()), settings.path(id)), progress -> {
                    settings.snapshots().revert(id.uuid(), id.name());
                    progress.percentComplete(100);
                });
        return MethodResult.of(4096, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), job)));
    }
}

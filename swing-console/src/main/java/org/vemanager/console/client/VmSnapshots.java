package org.vemanager.console.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * A VM's snapshots over the Virtual System Snapshot profile: the snapshots are the VSSDs linked to the
 * VM by CIM_SnapshotOfVirtualSystem, the one its present state descends from is named by
 * CIM_MostCurrentSnapshotInBranch, and CIM_VirtualSystemSnapshotService creates, applies and destroys
 * them (creating and applying as jobs, which this class waits for).
 *
 * <p>CIM 2.41 has no property for a snapshot's parent; the node-agent writes {@code Parent=<InstanceID>}
 * into the snapshot's Notes, which is where the tree comes from. A node that lists a VM's snapshots but
 * does not return their settings still gets a flat list, with {@link Listing#problem()} saying why.
 */
public final class VmSnapshots {

    /** SnapshotType 2: disks and memory, the VM keeps running. */
    public static final int FULL = 2;
    /** SnapshotType 3: disks only. */
    public static final int DISK_ONLY = 3;
    private static final String SERVICE_CLASS = "CIM_VirtualSystemSnapshotService";
    private static final String VSSD_CLASS = "CIM_VirtualSystemSettingData";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    /**
     * One snapshot.
     *
     * @param parentId the parent snapshot's InstanceID, or null for a root (or when the node did not say)
     * @param current whether the VM's present state descends from this snapshot
     */
    public record Snapshot(CIMObjectPath path, String instanceId, String name, String parentId, String created,
            String description, boolean current) {
    }

    /** A VM's snapshots; {@code problem} says what the node did not answer (null when all is there). */
    public record Listing(List<Snapshot> snapshots, String problem) {
    }

    private final NodeSession session;

    public VmSnapshots(NodeSession session) {
        this.session = session;
    }

    public Listing list(CIMObjectPath vm) throws WBEMException {
        List<CIMObjectPath> names = Results.list(session.client().associatorNames(vm, "CIM_SnapshotOfVirtualSystem",
                VSSD_CLASS, "Antecedent", "Dependent"));
        String current = currentId(vm);
        List<Snapshot> out = new ArrayList<>();
        String problem = null;
        for (CIMObjectPath name : names) {
            String id = String.valueOf(name.getKeyValue("InstanceID"));
            try {
                out.add(of(session.client().getInstance(name, false, false, null), id, current));
            } catch (WBEMException e) {
                problem = "the node lists this VM's snapshots but does not return their settings (" + CimErrors.describe(e)
                        + "); shown by id, without their tree";
                out.add(new Snapshot(name, id, id, null, null, null, id.equals(current)));
            }
        }
        return new Listing(out, problem);
    }

    private String currentId(CIMObjectPath vm) throws WBEMException {
        for (CIMObjectPath p : Results.list(session.client().associatorNames(vm, "CIM_MostCurrentSnapshotInBranch",
                VSSD_CLASS, "Antecedent", "Dependent"))) {
            return String.valueOf(p.getKeyValue("InstanceID"));
        }
        return null;
    }

    /** A snapshot from its VSSD: name, parent and description from its Notes, whether it is the current one. */
    static Snapshot of(CIMInstance vssd, String id, String current) {
        String parent = null;
        String description = null;
        Object notes = NodeSession.value(vssd, "Notes");
        if (notes instanceof String[] lines) {
            for (String line : lines) {
                if (line.startsWith("Parent=")) {
                    parent = line.substring("Parent=".length());
                } else if (!line.startsWith("State=") && description == null) {
                    description = line;
                }
            }
        }
        String name = NodeSession.string(vssd, "ElementName");
        Object created = NodeSession.value(vssd, "CreationTime");
        return new Snapshot(vssd.getObjectPath(), id, name == null ? id : name, parent,
                created == null ? null : NodeMetrics.timeStamp(created).toString(), description, id.equals(current));
    }

    /**
     * The snapshot types the node offers (SnapshotTypesSupported of its snapshot service capabilities; a
     * node has one snapshot service, so its one capabilities instance is read directly).
     */
    public List<Integer> supportedTypes() throws WBEMException {
        List<Integer> types = new ArrayList<>();
        for (CIMInstance caps : Results.list(session.client().enumerateInstances(NodeSession.path(NodeSession.VIRT,
                "CIM_VirtualSystemSnapshotServiceCapabilities"), true, false, false, new String[] {"SnapshotTypesSupported"}))) {
            if (NodeSession.value(caps, "SnapshotTypesSupported") instanceof Object[] values) {
                for (Object v : values) {
                    types.add(((Number) v).intValue());
                }
            }
        }
        return types;
    }

    /** Takes a snapshot named {@code name} and waits until it exists. */
    public void create(CIMObjectPath vm, String name, int type) throws WBEMException, InterruptedException {
        CIMInstance settings = new CIMInstance(NodeSession.path(NodeSession.VIRT, VSSD_CLASS), new CIMProperty<?>[] {
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, name)});
        CIMArgument<?>[] in = {
            new CIMArgument<>("AffectedSystem", new CIMDataType(vm.getObjectName()), vm),
            new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
            new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(type))};
        finish("CreateSnapshot", session.invoke(service(), "CreateSnapshot", in));
    }

    /** Reverts the snapshot's VM to it. */
    public void apply(CIMObjectPath snapshot) throws WBEMException, InterruptedException {
        finish("ApplySnapshot", session.invoke(service(), "ApplySnapshot", new CIMArgument<?>[] {
            new CIMArgument<>("Snapshot", new CIMDataType(snapshot.getObjectName()), snapshot)}));
    }

    /** Deletes the snapshot; its children move up to its parent. */
    public void destroy(CIMObjectPath snapshot) throws WBEMException, InterruptedException {
        finish("DestroySnapshot", session.invoke(service(), "DestroySnapshot", new CIMArgument<?>[] {
            new CIMArgument<>("AffectedSnapshot", new CIMDataType(snapshot.getObjectName()), snapshot)}));
    }

    private void finish(String method, NodeSession.MethodOutcome outcome) throws WBEMException, InterruptedException {
        Jobs.complete(session, method, outcome, JOB_TIMEOUT);
    }

    private CIMObjectPath service() throws WBEMException {
        List<CIMObjectPath> services = Results.list(session.client().enumerateInstanceNames(
                NodeSession.path(NodeSession.VIRT, SERVICE_CLASS)));
        if (services.isEmpty()) {
            throw new WBEMException(WBEMException.CIM_ERR_NOT_SUPPORTED, "the node has no snapshot service");
        }
        return services.get(0);
    }

    /** "Snapshot name" as the user types it: what the node accepts, checked before anything is sent. */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("Name: use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return n;
    }
}

package org.vemanager.console.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * What a node's resource pools say (DSP1041 and the allocation profiles): the pools its host system
 * serves through CIM_HostedResourcePool, each with its capacity and what is reserved, and the resource
 * allocations a pool serves (CIM_ResourceAllocationFromPool), e.g. the disks drawn from a storage pool.
 */
public final class NodePools {

    /** ResourceType 3: processors. */
    public static final int PROCESSOR = 3;
    /** ResourceType 4: memory. */
    public static final int MEMORY = 4;
    /** ResourceType 10: Ethernet connections (a virtual network). */
    public static final int NETWORK = 10;
    private static final String[] POOL_PROPERTIES = {"InstanceID", "PoolID", "ElementName", "ResourceType",
        "ResourceSubType", "Capacity", "Reserved", "AllocationUnits", "OperationalStatus", "Primordial"};

    /**
     * One pool.
     *
     * @param capacity what the pool holds, in {@code units}; -1 when it has no fixed size (a network)
     * @param reserved what is allocated from it, in {@code units}
     * @param running whether the pool is in service (OperationalStatus OK)
     */
    public record Pool(CIMObjectPath path, String name, int resourceType, String subType, long capacity, long reserved,
            String units, boolean running) {

        public boolean isStorage() {
            return resourceType == 17 || resourceType == 19 || resourceType == 31;
        }

        public boolean isNetwork() {
            return resourceType == NETWORK || resourceType == 33;
        }
    }

    /**
     * One allocation from a pool: which resource, of which VM definition, where it lives on the host.
     *
     * @param vm the name of the VM whose resource it is, as the node lists it now (its UUID when the node
     *     lists no such VM)
     */
    public record Allocation(String instanceId, String vm, String elementName, String hostResource, long quantity, String units) {
    }

    /**
     * One volume of a storage pool, as the host serves it (a CIM_StorageExtent part of the pool).
     *
     * @param path where the volume lives on the host (the extent's Name)
     * @param capacity its size in bytes; allocation what it takes on disk now (a sparse volume less)
     * @param usedBy the virtual disks whose image it is, as {@code vm (disk)}; empty when none is
     */
    public record Volume(CIMObjectPath extent, String name, String path, long capacity, long allocation, List<String> usedBy) {
    }

    private static final String[] VOLUME_PROPERTIES = {"DeviceID", "ElementName", "Name", "BlockSize", "NumberOfBlocks",
        "AllocatedBytes"};

    private final NodeSession session;

    public NodePools(NodeSession session) {
        this.session = session;
    }

    /** Every pool the node's host serves, as its CIM_HostedResourcePool associations list them. */
    public List<Pool> pools() throws WBEMException {
        List<Pool> pools = new ArrayList<>();
        for (CIMInstance p : Results.list(session.client().associatorInstances(session.hostSystem(), "CIM_HostedResourcePool",
                "CIM_ResourcePool", "GroupComponent", "PartComponent", false, POOL_PROPERTIES))) {
            String name = NodeSession.string(p, "PoolID");
            pools.add(new Pool(p.getObjectPath(), name != null ? name : NodeSession.string(p, "InstanceID"),
                    (int) number(p, "ResourceType"), NodeSession.string(p, "ResourceSubType"), number(p, "Capacity"),
                    Math.max(0, number(p, "Reserved")), NodeSession.string(p, "AllocationUnits"), running(p)));
        }
        return pools;
    }

    /** What is allocated from one pool: the RASDs of VM definitions that draw on it. */
    public List<Allocation> allocations(CIMObjectPath pool) throws WBEMException {
        List<CIMInstance> rasds = Results.list(session.client().associatorInstances(pool, "CIM_ResourceAllocationFromPool",
                "CIM_ResourceAllocationSettingData", "Antecedent", "Dependent", false, null));
        if (rasds.isEmpty()) {
            return List.of();
        }
        Map<String, String> vmNames = vmNamesByUuid();
        List<Allocation> out = new ArrayList<>();
        for (CIMInstance rasd : rasds) {
            Object hostResource = NodeSession.value(rasd, "HostResource");
            String where = hostResource instanceof String[] values && values.length > 0 ? values[0] : null;
            if (where == null && NodeSession.value(rasd, "Connection") instanceof String[] c && c.length > 0) {
                where = c[0];
            }
            String instanceId = NodeSession.string(rasd, "InstanceID");
            String uuid = uuidOf(instanceId);
            out.add(new Allocation(instanceId, vmNames.getOrDefault(uuid, uuid), NodeSession.string(rasd, "ElementName"), where,
                    number(rasd, "VirtualQuantity"), NodeSession.string(rasd, "AllocationUnits")));
        }
        return out;
    }

    /** The node's VMs by lower-case UUID: one enumeration, to name the VMs an answer refers to by UUID. */
    private Map<String, String> vmNamesByUuid() throws WBEMException {
        Map<String, String> vmNames = new HashMap<>();
        for (VmSummary vm : session.listVmStates()) {
            if (vm.uuid() != null) {
                vmNames.put(vm.uuid().toLowerCase(Locale.ROOT), vm.name());
            }
        }
        return vmNames;
    }

    /** The VM UUID a resource's InstanceID starts with ({@code VEM:<uuid>/…}, lower case); the id itself otherwise. */
    static String uuidOf(String instanceId) {
        if (instanceId == null) {
            return "";
        }
        int colon = instanceId.indexOf(':');
        int slash = instanceId.indexOf('/', colon + 1);
        return colon < 0 || slash < 0 ? instanceId : instanceId.substring(colon + 1, slash).toLowerCase(Locale.ROOT);
    }

    /**
     * The volumes of a storage pool (its CIM_ConcreteComponent parts) and, through CIM_BasedOn, the
     * virtual disks each is the image of. An inactive pool has none.
     */
    public List<Volume> volumes(CIMObjectPath pool) throws WBEMException {
        List<CIMInstance> extents = Results.list(session.client().associatorInstances(pool, "CIM_ConcreteComponent",
                "CIM_StorageExtent", "GroupComponent", "PartComponent", false, VOLUME_PROPERTIES));
        if (extents.isEmpty()) {
            return List.of();
        }
        Map<String, String> vmNames = vmNamesByUuid();
        List<Volume> volumes = new ArrayList<>();
        for (CIMInstance v : extents) {
            List<String> users = new ArrayList<>();
            for (CIMObjectPath disk : Results.list(session.client().associatorNames(v.getObjectPath(), "CIM_BasedOn",
                    "CIM_LogicalDisk", "Antecedent", "Dependent"))) {
                String uuid = String.valueOf(disk.getKeyValue("SystemName"));
                users.add(vmNames.getOrDefault(uuid.toLowerCase(Locale.ROOT), uuid) + " (" + disk.getKeyValue("DeviceID") + ")");
            }
            String name = NodeSession.string(v, "ElementName");
            long blockSize = Math.max(1, number(v, "BlockSize"));
            long blocks = number(v, "NumberOfBlocks");
            volumes.add(new Volume(v.getObjectPath(), name != null ? name : NodeSession.string(v, "DeviceID"),
                    NodeSession.string(v, "Name"), blocks < 0 ? -1 : blocks * blockSize, number(v, "AllocatedBytes"),
                    List.copyOf(users)));
        }
        volumes.sort(Comparator.comparing(Volume::name));
        return volumes;
    }

    private static long number(CIMInstance instance, String property) {
        return NodeSession.value(instance, property) instanceof Number n ? n.longValue() : -1;
    }

    private static boolean running(CIMInstance pool) {
        return NodeSession.value(pool, "OperationalStatus") instanceof Object[] status && status.length > 0
                && status[0] instanceof Number n && n.intValue() == 2;
    }
}

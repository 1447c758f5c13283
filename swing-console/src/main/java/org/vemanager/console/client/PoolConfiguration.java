package org.vemanager.console.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * Changes a node's storage pools, volumes and virtual networks through its resource pool
 * configuration service (DSP1041): CreateChildResourcePool and DeleteResourcePool for pools and
 * networks, and for volumes CreateResourceInPool / DeleteResourceInPool, which are the VE-manager
 * node-agent's own methods on that service (CIM 2.41 has no volume methods; see
 * docs/virtualization-provider.md), so another vendor's CIMOM answers them with METHOD_NOT_FOUND. Each method
 * returns when the change is made; the node's refusal (bad input, "In use", a name it already has)
 * comes back as the WBEMException it sent, and then nothing was changed.
 */
public final class PoolConfiguration {

    static final String SERVICE_CLASS = "CIM_ResourcePoolConfigurationService";
    /** ResourceType 31: logical disk, the kind of a volume and of a storage pool. */
    private static final int LOGICAL_DISK = 31;
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);

    /** How a new virtual network reaches the outside, and what each mode needs. */
    public enum NetworkMode {
        /** Routed to the host's networks through NAT; needs the host side's address. */
        NAT("nat", true, false),
        /** Guests and host only; needs the host side's address. */
        ISOLATED("isolated", true, false),
        /** Guests join an existing host bridge; needs the bridge's name, no address. */
        BRIDGE("bridge", false, true);

        private final String subType;
        private final boolean needsAddress;
        private final boolean needsBridge;

        NetworkMode(String subType, boolean needsAddress, boolean needsBridge) {
            this.subType = subType;
            this.needsAddress = needsAddress;
            this.needsBridge = needsBridge;
        }

        public boolean needsAddress() {
            return needsAddress;
        }

        public boolean needsBridge() {
            return needsBridge;
        }

        @Override
        public String toString() {
            return subType;
        }
    }

    /** The disk formats a new volume may have. */
    public enum Format {
        QCOW2, RAW;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final NodeSession session;

    public PoolConfiguration(NodeSession session) {
        this.session = session;
    }

    /**
     * Creates volume {@code name} of {@code sizeMiB} MiB in storage pool {@code pool} and returns where it
     * lives on the host (the HostResource of the disk RASD the node returns, {@code file://…}).
     */
    public String createVolume(CIMObjectPath pool, String name, long sizeMiB, Format format)
            throws WBEMException, InterruptedException {
        CIMInstance settings = rasd(new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(LOGICAL_DISK)),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, name),
            new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, format.toString()),
            new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(sizeMiB))),
            new CIMProperty<>("VirtualQuantityUnits", CIMDataType.STRING_T, "byte*2^20")});
        NodeSession.MethodOutcome outcome = call("CreateResourceInPool", new CIMArgument<?>[] {
            poolArgument(pool), new CIMArgument<>("Settings", CIMDataType.OBJECT_T, settings)});
        return outcome.output("ResultingResourceSettings") instanceof CIMInstance disk
                && NodeSession.value(disk, "HostResource") instanceof String[] where && where.length > 0 ? where[0] : null;
    }

    /** Deletes volume {@code name} of {@code pool} and its data; the node refuses while a VM's disk uses it. */
    public void deleteVolume(CIMObjectPath pool, String name) throws WBEMException, InterruptedException {
        call("DeleteResourceInPool", new CIMArgument<?>[] {
            poolArgument(pool), new CIMArgument<>("ElementName", CIMDataType.STRING_T, name)});
    }

    /** Creates a directory storage pool {@code name} over the host directory {@code directory}; returns the new pool. */
    public CIMObjectPath createStoragePool(String name, String directory) throws WBEMException, InterruptedException {
        return createPool(name, rasd(new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(LOGICAL_DISK)),
            new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, "dir"),
            new CIMProperty<>("HostResource", CIMDataType.STRING_ARRAY_T, new String[] {directory})}));
    }

    /**
     * Creates a virtual network: {@code address} ({@code a.b.c.d/prefix}, the host's side) for NAT and
     * isolated networks, {@code bridge} (an existing host bridge) for a bridge network; the one a mode
     * does not need may be null. Returns the new network pool.
     */
    public CIMObjectPath createNetwork(String name, NetworkMode mode, String address, String bridge)
            throws WBEMException, InterruptedException {
        List<CIMProperty<?>> properties = new ArrayList<>(List.of(
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(NodePools.NETWORK)),
                new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, mode.toString())));
        if (mode.needsAddress() && address != null) {
            properties.add(new CIMProperty<>("Address", CIMDataType.STRING_T, address));
        }
        if (mode.needsBridge() && bridge != null) {
            properties.add(new CIMProperty<>("Connection", CIMDataType.STRING_ARRAY_T, new String[] {bridge}));
        }
        return createPool(name, rasd(properties.toArray(CIMProperty<?>[]::new)));
    }

    /** Deletes a storage pool or a network; the node refuses while a VM definition uses it. */
    public void deletePool(CIMObjectPath pool) throws WBEMException, InterruptedException {
        call("DeleteResourcePool", new CIMArgument<?>[] {poolArgument(pool)});
    }

    private CIMObjectPath createPool(String name, CIMInstance settings) throws WBEMException, InterruptedException {
        NodeSession.MethodOutcome outcome = call("CreateChildResourcePool", new CIMArgument<?>[] {
            new CIMArgument<>("ElementName", CIMDataType.STRING_T, name),
            new CIMArgument<>("Settings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {settings})});
        return outcome.output("Pool") instanceof CIMObjectPath pool ? pool : null;
    }

    private NodeSession.MethodOutcome call(String method, CIMArgument<?>[] in) throws WBEMException, InterruptedException {
        NodeSession.MethodOutcome outcome = session.invoke(service(), method, in);
        Jobs.complete(session, method, outcome, JOB_TIMEOUT);
        return outcome;
    }

    private static CIMArgument<CIMObjectPath> poolArgument(CIMObjectPath pool) {
        return new CIMArgument<>("Pool", new CIMDataType(pool.getObjectName()), pool);
    }

    private static CIMInstance rasd(CIMProperty<?>[] properties) {
        return new CIMInstance(NodeSession.path(NodeSession.VIRT, NodeSession.RASD_CLASS), properties);
    }

    private CIMObjectPath service() throws WBEMException {
        List<CIMObjectPath> services = Results.list(session.client().enumerateInstanceNames(
                NodeSession.path(NodeSession.VIRT, SERVICE_CLASS)));
        if (services.isEmpty()) {
            throw new WBEMException(WBEMException.CIM_ERR_NOT_SUPPORTED, "the node has no resource pool configuration service");
        }
        return services.get(0);
    }
}

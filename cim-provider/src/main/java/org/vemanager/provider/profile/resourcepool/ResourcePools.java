package org.vemanager.provider.profile.resourcepool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.libvirt.NodeInfo;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Networks;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.Props;
import org.vemanager.provider.profile.resourceallocation.ResourceAllocationSettingDataProvider;
import org.vemanager.provider.profile.virtualsystem.DeviceProvider;
import org.vemanager.provider.profile.virtualsystem.LogicalDiskProvider;
import org.vemanager.provider.profile.virtualsystem.MemoryProvider;
import org.vemanager.provider.profile.virtualsystem.NetworkPortProvider;
import org.vemanager.provider.profile.virtualsystem.ProcessorProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The host's pools and what is allocated from them, read from libvirt in one pass per request.
 *
 * <ul>
 * <li>processor pool {@code VEM:pool/processor/host} (primordial): Capacity = the host's CPUs
 * (nodeInfo), Reserved = the vCPUs of every <em>active</em> (running or paused) virtual system;</li>
 * <li>memory pool {@code VEM:pool/memory/host} (primordial): Capacity = host memory, Reserved = the
 * current memory of every active virtual system, both in MiB.</li>
 * </ul>
 *
 * <p>A virtual system that is only defined holds nothing: hosts overcommit definitions as a matter of
 * course, and what load balancing needs is what is in use now.
 *
 * <ul>
 * <li>storage pool {@code VEM:pool/storage/<libvirt pool>}: Capacity, Reserved (= libvirt's
 * allocation) in bytes; a disk is allocated from the pool whose directory holds its image, or that
 * its {@code <source pool=…>} names;</li>
 * <li>network pool {@code VEM:pool/network/<libvirt network>}: no Capacity; Reserved = the adapters of
 * active virtual systems connected to it.</li>
 * </ul>
 */
public final class ResourcePools {

    /** One RASD of a virtual system, the pool it draws on and the devices it realises. */
    public record Allocation(PoolId pool, String domainUuid, String domainName, boolean active, CIMInstance rasd,
            List<CIMObjectPath> devices) {
        public Allocation {
            devices = List.copyOf(devices);
        }
    }

    /**
     * What one read of the host tells about its pools. The allocations (which need every domain's
     * definition parsed) are read on first use, so a caller that only needs pools and sizes does not pay
     * for them.
     */
    public static final class View {
        private final int cpus;
        private final long memoryMib;
        private final List<StoragePools.Pool> storage;
        private final List<Networks.VirtualNetwork> networks;
        private final AllocationReader reader;
        private List<Allocation> allocations;

        View(int cpus, long memoryMib, List<StoragePools.Pool> storage, List<Networks.VirtualNetwork> networks,
                AllocationReader reader) {
            this.cpus = cpus;
            this.memoryMib = memoryMib;
            this.storage = List.copyOf(storage);
            this.networks = List.copyOf(networks);
            this.reader = reader;
        }

        public int cpus() {
            return cpus;
        }

        public long memoryMib() {
            return memoryMib;
        }

        public List<StoragePools.Pool> storage() {
            return storage;
        }

        public List<Networks.VirtualNetwork> networks() {
            return networks;
        }

        /** Every RASD of every virtual system that draws on one of the pools. */
        public synchronized List<Allocation> allocations() throws CimException {
            if (allocations == null) {
                allocations = List.copyOf(reader.read(this));
            }
            return allocations;
        }
    }

    /** Reads the allocations of a view. */
    @FunctionalInterface
    interface AllocationReader {
        List<Allocation> read(View view) throws CimException;
    }

    private final VirtHost host;
    private final StoragePools storagePools;
    private final Networks networks;
    private final List<DeviceProvider> devices;

    public ResourcePools(VirtHost host) {
        this.host = host;
        this.storagePools = new StoragePools(host.hypervisor());
        this.networks = new Networks(host.hypervisor());
        this.devices = List.of(new ProcessorProvider(host), new MemoryProvider(host), new LogicalDiskProvider(host),
                new NetworkPortProvider(host));
    }

    public VirtHost host() {
        return host;
    }

    public StoragePools storagePools() {
        return storagePools;
    }

    public Networks networks() {
        return networks;
    }

    /** Reads pools and networks now, and every virtual system's allocations when first asked. */
    public View read() throws CimException {
        NodeInfo node = host.hypervisor().nodeInfo();
        return new View(node.cpus, node.memory / 1024, storagePools.list(), networks.list(), this::allocations);
    }

    private List<Allocation> allocations(View pools) throws CimException {
        List<Allocation> allocations = new ArrayList<>();
        for (DomainView view : host.domains()) {
            Map<String, List<CIMObjectPath>> devicesByRasd = new HashMap<>();
            for (DeviceProvider provider : devices) {
                for (DeviceProvider.Device device : provider.devicesOf(view)) {
                    devicesByRasd.computeIfAbsent(device.rasdInstanceId(), k -> new ArrayList<>()).add(device.path());
                }
            }
            for (CIMInstance rasd : ResourceAllocationSettingDataProvider.allOf(host, view)) {
                Optional<PoolId> pool = poolOf(rasd, pools.storage(), pools.networks());
                if (pool.isPresent()) {
                    String id = String.valueOf(rasd.getPropertyValue("InstanceID"));
                    allocations.add(new Allocation(pool.get(), view.uuid(), view.name(), view.active(), rasd,
                            devicesByRasd.getOrDefault(id, List.of())));
                }
            }
        }
        return allocations;
    }

    /** The identity of every pool, in the order of {@link #instances}; cheap (no allocations read). */
    public static List<PoolId> ids(View view) {
        List<PoolId> out = new ArrayList<>();
        out.add(new PoolId(PoolKind.PROCESSOR, PoolKind.HOST_POOL));
        out.add(new PoolId(PoolKind.MEMORY, PoolKind.HOST_POOL));
        view.storage().forEach(p -> out.add(new PoolId(PoolKind.STORAGE, p.name())));
        view.networks().forEach(n -> out.add(new PoolId(PoolKind.NETWORK, n.name())));
        return out;
    }

    /** NOT_FOUND unless the pool exists. */
    public static void requireExists(View view, PoolId id) throws CimException {
        if (!ids(view).contains(id)) {
            throw new CimException(CimStatus.NOT_FOUND, "no resource pool " + id.instanceId());
        }
    }

    /** The pool's ResourceSubType: the libvirt storage pool type or network mode; null for processor and memory. */
    public static String subType(View view, PoolId id) {
        return switch (id.kind()) {
            case STORAGE -> view.storage().stream().filter(p -> p.name().equals(id.name())).map(StoragePools.Pool::type).findFirst()
                    .orElse(null);
            case NETWORK -> view.networks().stream().filter(n -> n.name().equals(id.name())).map(Networks.VirtualNetwork::mode)
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    /** Every pool of the host: processor, memory, then storage and network pools by name. */
    public List<CIMInstance> instances(View view) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        out.add(processor(view));
        out.add(memory(view));
        for (StoragePools.Pool pool : view.storage()) {
            out.add(storage(pool));
        }
        for (Networks.VirtualNetwork network : view.networks()) {
            out.add(network(view, network));
        }
        return out;
    }

    /** The pool's instance; NOT_FOUND when it does not exist. */
    public CIMInstance instance(View view, PoolId id) throws CimException {
        requireExists(view, id);
        return switch (id.kind()) {
            case PROCESSOR -> processor(view);
            case MEMORY -> memory(view);
            case STORAGE -> storage(view.storage().stream().filter(p -> p.name().equals(id.name())).findFirst().orElseThrow());
            case NETWORK -> network(view, view.networks().stream().filter(n -> n.name().equals(id.name())).findFirst().orElseThrow());
        };
    }

    public CIMObjectPath path(PoolId id) {
        return InstanceBuilder.path(host.namespace(), id.kind().className(), InstanceBuilder.stringKey("InstanceID", id.instanceId()));
    }

    /** Whether a path names a pool class: VEM_ResourcePool or one of its per-kind subclasses. */
    public static boolean isPool(CIMObjectPath path) {
        return Paths.isClass(path, ResourcePoolProvider.CLASS) || path != null && PoolKind.ofClassName(path.getObjectName()).isPresent();
    }

    /**
     * The pool a path names; NOT_FOUND when it is not a pool path of ours. The class may be
     * VEM_ResourcePool (as a method parameter's declared type) or the pool kind's own class.
     */
    public static PoolId idOf(CIMObjectPath path) throws CimException {
        if (!isPool(path)) {
            throw new CimException(CimStatus.NOT_FOUND, "not a resource pool: " + path);
        }
        Object id = Paths.keyValue(path, "InstanceID");
        Optional<PoolId> pool = PoolId.parse(id == null ? null : id.toString());
        Optional<PoolKind> kind = PoolKind.ofClassName(path.getObjectName());
        if (pool.isEmpty() || kind.isPresent() && kind.get() != pool.get().kind()) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + path.getObjectName() + " with InstanceID " + id);
        }
        return pool.get();
    }

    /** The allocations drawing on {@code pool}. */
    public static List<Allocation> allocationsOf(View view, PoolId pool) throws CimException {
        return view.allocations().stream().filter(a -> a.pool().equals(pool)).toList();
    }

    static Optional<PoolId> poolOf(CIMInstance rasd, List<StoragePools.Pool> storage, List<Networks.VirtualNetwork> nets)
            throws CimException {
        Long type = Props.number(rasd, "ResourceType", "RASD");
        Optional<PoolKind> kind = type == null ? Optional.empty() : PoolKind.ofResourceType(type.intValue());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case PROCESSOR, MEMORY -> Optional.of(new PoolId(kind.get(), PoolKind.HOST_POOL));
            case STORAGE -> storagePoolOf(Props.string(rasd, "HostResource", "RASD"), storage);
            case NETWORK -> networkOf(Props.string(rasd, "Connection", "RASD"), nets);
        };
    }

    private static Optional<PoolId> storagePoolOf(String hostResource, List<StoragePools.Pool> storage) {
        if (hostResource == null || hostResource.isEmpty()) {
            return Optional.empty();
        }
        if (hostResource.startsWith("file://")) {
            Path image = Path.of(hostResource.substring("file://".length())).normalize();
            for (StoragePools.Pool pool : storage) {
                if (pool.targetPath() != null && image.getParent() != null
                        && image.getParent().equals(Path.of(pool.targetPath()).normalize())) {
                    return Optional.of(new PoolId(PoolKind.STORAGE, pool.name()));
                }
            }
            return Optional.empty();
        }
        int slash = hostResource.indexOf('/');
        String poolName = slash < 0 ? hostResource : hostResource.substring(0, slash);
        return storage.stream().filter(p -> p.name().equals(poolName)).findFirst()
                .map(p -> new PoolId(PoolKind.STORAGE, p.name()));
    }

    private static Optional<PoolId> networkOf(String connection, List<Networks.VirtualNetwork> nets) {
        if (connection == null) {
            return Optional.empty();
        }
        return nets.stream().filter(n -> n.name().equals(connection)).findFirst().map(n -> new PoolId(PoolKind.NETWORK, n.name()));
    }

    private long activeQuantity(View view, PoolId pool) throws CimException {
        long sum = 0;
        for (Allocation a : allocationsOf(view, pool)) {
            if (a.active()) {
                Long q = Props.number(a.rasd(), "VirtualQuantity", "RASD");
                sum += q == null ? 1 : q;
            }
        }
        return sum;
    }

    private InstanceBuilder base(PoolId id, String caption, boolean primordial) {
        return new InstanceBuilder(host.namespace(), id.kind().className())
                .key("InstanceID", id.instanceId())
                .string("PoolID", id.name())
                .string("ElementName", id.kind().segment() + " pool " + id.name())
                .caption(caption)
                .uint16("ResourceType", id.kind().resourceType())
                .bool("Primordial", primordial)
                .string("AllocationUnits", id.kind().units());
    }

    private CIMInstance processor(View view) throws CimException {
        PoolId id = new PoolId(PoolKind.PROCESSOR, PoolKind.HOST_POOL);
        return base(id, "The host's processors", true)
                .uint64("Capacity", (long) view.cpus())
                .uint64("Reserved", activeQuantity(view, id))
                .uint16s("OperationalStatus", 2)
                .build();
    }

    private CIMInstance memory(View view) throws CimException {
        PoolId id = new PoolId(PoolKind.MEMORY, PoolKind.HOST_POOL);
        return base(id, "The host's memory", true)
                .uint64("Capacity", view.memoryMib())
                .uint64("Reserved", activeQuantity(view, id))
                .uint16s("OperationalStatus", 2)
                .build();
    }

    private CIMInstance storage(StoragePools.Pool pool) {
        PoolId id = new PoolId(PoolKind.STORAGE, pool.name());
        return base(id, pool.targetPath() == null ? "libvirt storage pool" : "libvirt storage pool in " + pool.targetPath(), false)
                .string("ResourceSubType", pool.type())
                .uint64("Capacity", pool.capacity())
                .uint64("Reserved", pool.allocation())
                .uint64("MaxConsumableResource", pool.available())
                .uint16s("OperationalStatus", pool.active() ? 2 : 10)
                .build();
    }

    private CIMInstance network(View view, Networks.VirtualNetwork network) throws CimException {
        PoolId id = new PoolId(PoolKind.NETWORK, network.name());
        long connected = allocationsOf(view, id).stream().filter(Allocation::active).count();
        return base(id, "libvirt network" + (network.bridge() == null ? "" : " on bridge " + network.bridge())
                + (network.address() == null ? "" : " " + network.address()), false)
                .string("ResourceSubType", network.mode())
                .uint64("Capacity", null)
                .uint64("Reserved", connected)
                .uint16s("OperationalStatus", network.active() ? 2 : 10)
                .build();
    }
}

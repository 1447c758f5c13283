package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.support.SettingSource;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The RASD templates that bound allocations from one pool (DSP1043), computed from real limits each time
 * they are read: the processor maximum is libvirt's maximum vCPUs for the host's first domain type
 * ({@code virConnectGetMaxVcpus}); the memory maximum is the host's memory; a disk's maximum is its
 * storage pool's free space. Quantities are in the units of the RASDs the virtual systems carry (vCPU
 * count, MiB); disks in MiB. Templates are in-memory instances of the pool kind's RASD class with
 * InstanceID {@code VEM:pool/<kind>/<name>/template/<Role>}.
 */
public final class CapabilityTemplates implements SettingSource {

    /** A template's role and the ValueRole/ValueRange that SettingsDefineCapabilities carries for it. */
    public enum Role {
        MINIMUM("Minimum", 3, 1),
        MAXIMUM("Maximum", 3, 2),
        DEFAULT("Default", 0, 0),
        INCREMENT("Increment", 3, 3);

        private final String label;
        private final int valueRole;
        private final int valueRange;

        Role(String label, int valueRole, int valueRange) {
            this.label = label;
            this.valueRole = valueRole;
            this.valueRange = valueRange;
        }

        public String label() {
            return label;
        }

        public int valueRole() {
            return valueRole;
        }

        public int valueRange() {
            return valueRange;
        }
    }

    /** One template with its role. */
    public record Template(PoolId pool, Role role, CIMInstance instance) {
    }

    static final long DEFAULT_MEMORY_MIB = 1024;
    static final long MIN_MEMORY_MIB = 16;
    static final long DEFAULT_DISK_MIB = 10 * 1024;
    private static final long MIB = 1L << 20;

    private final ResourcePools pools;

    public CapabilityTemplates(ResourcePools pools) {
        this.pools = pools;
    }

    /** The RASD class a pool kind's templates are instances of. */
    public static String templateClass(PoolKind kind) {
        return switch (kind) {
            case PROCESSOR -> CimNames.PROCESSOR_RASD;
            case MEMORY -> CimNames.MEMORY_RASD;
            case STORAGE -> CimNames.DISK_RASD;
            case NETWORK -> CimNames.NETWORK_PORT_RASD;
        };
    }

    /** The four templates of a pool, in Role order; NOT_FOUND when the pool does not exist. */
    public List<Template> of(ResourcePools.View view, PoolId pool) throws CimException {
        long[] limits = limits(view, pool);
        List<Template> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(new Template(pool, role, template(pool, role, limits[role.ordinal()])));
        }
        return out;
    }

    /** Every template of the pools whose kind's templates are of the class {@code className}; none for another class. */
    @Override
    public List<CIMInstance> all(String className) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        ResourcePools.View view = null;
        for (PoolKind kind : PoolKind.values()) {
            if (!templateClass(kind).equalsIgnoreCase(className)) {
                continue;
            }
            view = view == null ? pools.read() : view;
            for (PoolId pool : ResourcePools.ids(view)) {
                if (pool.kind() == kind) {
                    for (Template t : of(view, pool)) {
                        out.add(t.instance());
                    }
                }
            }
        }
        return out;
    }

    /** The template with this InstanceID; empty when it is not one of ours (for the RASD providers to delegate to). */
    @Override
    public Optional<CIMInstance> find(String instanceId) throws CimException {
        for (Role role : Role.values()) {
            String suffix = "/" + PoolId.TEMPLATE + "/" + role.label();
            if (instanceId != null && instanceId.endsWith(suffix)) {
                Optional<PoolId> pool = PoolId.parse(instanceId.substring(0, instanceId.length() - suffix.length()));
                if (pool.isPresent()) {
                    try {
                        return Optional.of(of(pools.read(), pool.get()).get(role.ordinal()).instance());
                    } catch (CimException e) {
                        if (e.status() == CimStatus.NOT_FOUND) {
                            return Optional.empty();
                        }
                        throw e;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Minimum, maximum, default, increment for the pool. */
    private long[] limits(ResourcePools.View view, PoolId pool) throws CimException {
        return switch (pool.kind()) {
            case PROCESSOR -> {
                requireHostPool(pool);
                long max = maxVcpus();
                yield new long[] {1, max, 1, 1};
            }
            case MEMORY -> {
                requireHostPool(pool);
                long max = view.memoryMib();
                yield new long[] {Math.min(MIN_MEMORY_MIB, max), max, Math.min(DEFAULT_MEMORY_MIB, max), 1};
            }
            case STORAGE -> {
                StoragePools.Pool p = view.storage().stream().filter(s -> s.name().equals(pool.name())).findFirst()
                        .orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "no storage pool " + pool.name()));
                long max = p.available() / MIB;
                yield new long[] {Math.min(1, max), max, Math.min(DEFAULT_DISK_MIB, max), 1};
            }
            case NETWORK -> {
                if (view.networks().stream().noneMatch(n -> n.name().equals(pool.name()))) {
                    throw new CimException(CimStatus.NOT_FOUND, "no network " + pool.name());
                }
                yield new long[] {1, 1, 1, 1};
            }
        };
    }

    private static void requireHostPool(PoolId pool) throws CimException {
        if (!PoolKind.HOST_POOL.equals(pool.name())) {
            throw new CimException(CimStatus.NOT_FOUND, "no resource pool " + pool.instanceId());
        }
    }

    private long maxVcpus() throws CimException {
        List<String> types = pools.host().identity().domainTypes();
        String type = types.isEmpty() ? null : types.get(0);
        return pools.host().hypervisor().call("read the maximum vCPUs of a " + type + " guest", c -> (long) c.getMaxVcpus(type));
    }

    private CIMInstance template(PoolId pool, Role role, long quantity) {
        InstanceBuilder b = new InstanceBuilder(pools.host().namespace(), templateClass(pool.kind()))
                .key("InstanceID", pool.templateId(role.label()))
                .string("ElementName", pool.kind().segment() + " " + role.label())
                .uint16("ResourceType", pool.kind().resourceType())
                .string("PoolID", pool.name())
                .uint64("VirtualQuantity", quantity);
        switch (pool.kind()) {
            case PROCESSOR -> b.string("VirtualQuantityUnits", "count").string("AllocationUnits", "count");
            case MEMORY, STORAGE -> b.string("VirtualQuantityUnits", ResourceMapping.MIB).string("AllocationUnits", ResourceMapping.MIB);
            case NETWORK -> b.string("VirtualQuantityUnits", "count").strings("Connection", pool.name());
            default -> throw new IllegalStateException("unknown pool kind " + pool.kind());
        }
        return b.build();
    }
}

package org.vemanager.provider.profile.resourcepool;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.Props;
import org.vemanager.provider.mapping.ResourceEdits;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/**
 * The volume methods of VEM_ResourcePoolConfigurationService, our extension: CIM 2.41 has no method to
 * create or delete a storage volume in a pool (libvirt-cim added CreateResourceInPool and
 * DeleteResourceInPool under the same names; ours take a standard disk RASD, return one ready to use,
 * check everything before libvirt is called and refuse to delete a volume a virtual system uses).
 *
 * <ul>
 * <li>{@code CreateResourceInPool(Pool, Settings) → ResultingResourceSettings, Job}: Pool = a
 * VEM_DiskPool; Settings = an embedded RASD of ResourceType 17 (disk), 19 (storage extent) or 31
 * (logical disk): ElementName = the volume's name, VirtualQuantity in VirtualQuantityUnits (else
 * AllocationUnits, else MiB) = its size, ResourceSubType = its format ({@code raw}, the default, or
 * {@code qcow2}). Returns an embedded VEM_DiskRASD (no InstanceID: it is no system's setting; the
 * volume itself is served as VEM_HostStorageExtent {@code pool/volume}) of ResourceType 17 whose
 * HostResource[0] is the volume as a {@code file://} URI, to pass to
 * DefineSystem or AddResourceSettings (its ResourceSubType, the bus there, is left for the caller).
 * The volume is sparse, so libvirt creates it at once and the method completes (0, Job NULL).</li>
 * <li>{@code DeleteResourceInPool(Pool, ElementName) → Job}: deletes the volume and its data; refused
 * (FAILED, "In use") while any virtual system's definition uses it.</li>
 * </ul>
 */
final class StorageVolumeMethods {

    private static final Pattern VOLUME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> FORMATS = Set.of("raw", "qcow2");
    private static final Set<Long> STORAGE_TYPES = Set.of((long) ResourceMapping.TYPE_DISK, 19L, 31L);

    private final ResourcePools pools;

    StorageVolumeMethods(ResourcePools pools) {
        this.pools = pools;
    }

    MethodResult create(MethodInputs in) throws CimException {
        PoolId pool = storagePool(in);
        CIMInstance settings = in.instance("Settings", true);
        Long type = Props.number(settings, "ResourceType", "Settings");
        if (type != null && !STORAGE_TYPES.contains(type)) {
            throw MethodInputs.invalid("Settings", "ResourceType must be 17 (disk), 19 (storage extent) or 31 (logical disk), not "
                    + type);
        }
        String name = Props.string(settings, "ElementName", "Settings");
        if (name == null || !VOLUME_NAME.matcher(name).matches()) {
            throw MethodInputs.invalid("Settings", "ElementName must name the volume with 1 to 128 letters, digits, '.', '_' or '-'"
                    + " (got '" + name + "')");
        }
        String format = Props.string(settings, "ResourceSubType", "Settings");
        format = format == null ? "raw" : format;
        if (!FORMATS.contains(format)) {
            throw MethodInputs.invalid("Settings", "ResourceSubType must be the volume format raw or qcow2, not '" + format + "'");
        }
        long bytes = size(settings);
        StoragePools.Volume volume = pools.storagePools().createVolume(pool.name(), name, bytes, format);
        CIMInstance result = new InstanceBuilder(pools.host().namespace(), CimNames.DISK_RASD)
                .string("ElementName", volume.name())
                .uint16("ResourceType", ResourceMapping.TYPE_DISK)
                .string("PoolID", pool.name())
                .strings("HostResource", "file://" + volume.path())
                .uint64("VirtualQuantity", volume.capacity() >> 20)
                .string("VirtualQuantityUnits", ResourceMapping.MIB)
                .build();
        return MethodResult.of(0, List.of(
                new CIMArgument<>("ResultingResourceSettings", CIMDataType.OBJECT_T, result),
                new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    MethodResult delete(MethodInputs in) throws CimException {
        PoolId pool = storagePool(in);
        String name = in.string("ElementName");
        if (name == null || name.isBlank()) {
            throw MethodInputs.invalid("ElementName", "must name the volume to delete");
        }
        ResourcePools.View view = pools.read();
        StoragePools.Volume volume = view.storage().stream().filter(p -> p.name().equals(pool.name())).findFirst()
                .flatMap(p -> p.volumes().stream().filter(v -> v.name().equals(name)).findFirst())
                .orElseThrow(() -> MethodInputs.invalid("ElementName", "'" + name + "' names no volume of storage pool '"
                        + pool.name() + "'"));
        StringBuilder users = new StringBuilder();
        for (ResourcePools.Allocation a : ResourcePools.allocationsOf(view, pool)) {
            for (String host : Props.strings(a.rasd(), "HostResource", "RASD")) {
                if (host.equals("file://" + volume.path()) || host.equals(volume.path()) || host.equals(pool.name() + "/" + name)) {
                    users.append(users.length() == 0 ? "" : ", ").append(a.domainName()).append(" (")
                            .append(a.rasd().getPropertyValue("ElementName")).append(')');
                }
            }
        }
        if (users.length() > 0) {
            throw new CimException(CimStatus.FAILED, "In use: volume '" + name + "' of storage pool '" + pool.name() + "' backs "
                    + users + "; remove those disks first");
        }
        pools.storagePools().deleteVolume(pool.name(), name);
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    /** Pool, which must be one of the host's storage pools. */
    private PoolId storagePool(MethodInputs in) throws CimException {
        CIMObjectPath path = in.reference("Pool", true);
        PoolId pool;
        try {
            pool = ResourcePools.idOf(path);
            ResourcePools.requireExists(pools.read(), pool);
        } catch (CimException e) {
            throw MethodInputs.invalid("Pool", "names no pool of this host: " + path);
        }
        if (pool.kind() != PoolKind.STORAGE) {
            throw MethodInputs.invalid("Pool", "is a " + pool.kind().segment() + " pool; volumes are created in storage pools ("
                    + PoolKind.STORAGE.className() + ")");
        }
        return pool;
    }

    private static long size(CIMInstance settings) throws CimException {
        Long quantity = Props.number(settings, "VirtualQuantity", "Settings");
        if (quantity == null || quantity <= 0) {
            throw MethodInputs.invalid("Settings", "VirtualQuantity must give the volume's size, a positive number, not " + quantity);
        }
        String units = Props.string(settings, "VirtualQuantityUnits", "Settings");
        String property = "VirtualQuantityUnits";
        if (units == null) {
            units = Props.string(settings, "AllocationUnits", "Settings");
            property = "AllocationUnits";
        }
        long per = ResourceEdits.bytesPer(units, "Settings", property);
        if (quantity > Long.MAX_VALUE / per) {
            throw MethodInputs.invalid("Settings", "VirtualQuantity " + quantity + " " + units + " is too large");
        }
        return quantity * per;
    }
}

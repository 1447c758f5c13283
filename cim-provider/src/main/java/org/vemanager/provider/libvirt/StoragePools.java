package org.vemanager.provider.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StoragePoolInfo;
import org.libvirt.StorageVol;
import org.libvirt.StorageVolInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.xml.storage.PoolXml;
import org.vemanager.provider.libvirt.xml.storage.VolumeXml;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * libvirt storage pools and their volumes, read and changed through one {@link Hypervisor}. Every
 * libvirt pool/volume object is freed as soon as the call returns. A change either completes or is
 * rolled back: a pool that was defined but could not be started is undefined again.
 */
public final class StoragePools {

    /** One volume of a pool, sizes in bytes. */
    public record Volume(String name, String path, long capacity, long allocation) {
    }

    /**
     * One pool as libvirt reports it, sizes in bytes (0 while the pool is inactive).
     *
     * @param targetPath the pool's directory (dir, netfs, fs pools), else null
     */
    public record Pool(String name, String uuid, String type, boolean active, long capacity, long allocation, long available,
            String targetPath, List<Volume> volumes) {
        public Pool {
            volumes = List.copyOf(volumes);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoragePools.class);

    private final Hypervisor hypervisor;

    public StoragePools(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Every pool, active and inactive, sorted by name. */
    public List<Pool> list() throws CimException {
        return hypervisor.call("list storage pools", c -> {
            List<String> names = new ArrayList<>(List.of(c.listStoragePools()));
            names.addAll(List.of(c.listDefinedStoragePools()));
            names.sort(String::compareTo);
            List<Pool> pools = new ArrayList<>();
            for (String name : names) {
                readIfPresent(c, name).ifPresent(pools::add);
            }
            return pools;
        });
    }

    /** The pool named {@code name}, or empty. */
    public Optional<Pool> find(String name) throws CimException {
        return hypervisor.call("read storage pool " + name, c -> readIfPresent(c, name));
    }

    /**
     * Defines, builds (creates the directory where the type has one) and starts a pool; on any failure
     * the definition is removed again. ALREADY_EXISTS when a pool of that name exists.
     */
    public Pool create(String type, String name, String path) throws CimException {
        if (find(name).isPresent()) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "a storage pool named '" + name + "' already exists");
        }
        String xml = PoolXml.of(type, name, path).toXml();
        hypervisor.call("define storage pool " + name, c -> {
            free(c.storagePoolDefineXML(xml, 0));
            return null;
        });
        try {
            hypervisor.call("build and start storage pool " + name, c -> {
                StoragePool pool = c.storagePoolLookupByName(name);
                try {
                    build(pool);
                    pool.create(0);
                    pool.setAutostart(1);
                } finally {
                    free(pool);
                }
                return null;
            });
        } catch (CimException e) {
            undefineQuietly(name);
            throw e;
        }
        return find(name).orElseThrow(() -> new CimException(CimStatus.FAILED, "storage pool " + name + " vanished after creation"));
    }

    /** Stops the pool (if running) and removes its definition; the data in it is left on disk. */
    public void delete(String name) throws CimException {
        hypervisor.call("delete storage pool " + name, c -> {
            StoragePool pool = c.storagePoolLookupByName(name);
            try {
                if (pool.isActive() == 1) {
                    pool.destroy();
                }
                pool.undefine();
            } finally {
                free(pool);
            }
            return null;
        });
    }

    /** A raw volume; see {@link #createVolume(String, String, long, String)}. */
    public Volume createVolume(String poolName, String volumeName, long capacityBytes) throws CimException {
        return createVolume(poolName, volumeName, capacityBytes, "raw");
    }

    /**
     * Creates a sparse volume (nothing allocated up front) of {@code capacityBytes} in {@code format}
     * (raw, qcow2, … as the pool type allows). NOT_FOUND for no such pool; ALREADY_EXISTS when the pool
     * has a volume of that name; INVALID_PARAMETER naming the size when the pool has less space available.
     * libvirt creates the volume whole or not at all.
     */
    public Volume createVolume(String poolName, String volumeName, long capacityBytes, String format) throws CimException {
        Pool pool = find(poolName).orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "no storage pool named '" + poolName + "'"));
        if (capacityBytes <= 0) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "volume size must be positive, not " + capacityBytes + " bytes");
        }
        if (pool.volumes().stream().anyMatch(v -> v.name().equals(volumeName))) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "storage pool '" + poolName + "' already has a volume named '"
                    + volumeName + "'");
        }
        if (capacityBytes > pool.available()) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "volume '" + volumeName + "' of " + capacityBytes
                    + " bytes does not fit in storage pool '" + poolName + "' (" + pool.available() + " bytes available)");
        }
        String xml = "<volume><name>" + escape(volumeName) + "</name><capacity unit='bytes'>" + capacityBytes
                + "</capacity><allocation unit='bytes'>0</allocation><target><format type='" + escape(format)
                + "'/></target></volume>";
        return hypervisor.call("create volume " + volumeName + " in storage pool " + poolName, c -> {
            StoragePool p = c.storagePoolLookupByName(poolName);
            try {
                StorageVol vol = p.storageVolCreateXML(xml, 0);
                try {
                    return volume(vol);
                } finally {
                    free(vol);
                }
            } finally {
                free(p);
            }
        });
    }

    /**
     * The format (raw, qcow2, …) of volume {@code volumeName} of pool {@code poolName}, as libvirt's
     * volume XML gives it ({@code /volume/target/format/@type}); null when the pool type has no formats.
     * NOT_FOUND naming what is missing: the pool, or the volume (an inactive pool lists none).
     */
    public String volumeFormat(String poolName, String volumeName) throws CimException {
        Pool pool = find(poolName).orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "no storage pool named '" + poolName + "'"));
        if (pool.volumes().stream().noneMatch(v -> v.name().equals(volumeName))) {
            throw new CimException(CimStatus.NOT_FOUND, "storage pool '" + poolName + "' has no volume named '" + volumeName + "'"
                    + (pool.active() ? "" : " (the pool is not active)"));
        }
        return hypervisor.call("read volume " + volumeName + " of storage pool " + poolName, c -> {
            StoragePool p = c.storagePoolLookupByName(poolName);
            try {
                StorageVol vol = p.storageVolLookupByName(volumeName);
                try {
                    return VolumeXml.format(vol.getXMLDesc(0));
                } finally {
                    free(vol);
                }
            } finally {
                free(p);
            }
        });
    }

    /** The format of the pool volume whose file is {@code path}; empty when no active pool holds that path. */
    public Optional<String> formatOfPath(String path) throws CimException {
        return hypervisor.call("look up the volume at " + path, c -> {
            StorageVol vol;
            try {
                vol = c.storageVolLookupByPath(path);
            } catch (LibvirtException e) {
                if (LibvirtErrors.code(e) == org.libvirt.Error.ErrorNumber.VIR_ERR_NO_STORAGE_VOL) {
                    return Optional.empty();
                }
                throw e;
            }
            try {
                return Optional.ofNullable(VolumeXml.format(vol.getXMLDesc(0)));
            } finally {
                free(vol);
            }
        });
    }

    /** Deletes a volume and its data. */
    public void deleteVolume(String poolName, String volumeName) throws CimException {
        hypervisor.call("delete volume " + volumeName + " of storage pool " + poolName, c -> {
            StoragePool p = c.storagePoolLookupByName(poolName);
            try {
                StorageVol vol = p.storageVolLookupByName(volumeName);
                try {
                    vol.delete(0);
                } finally {
                    free(vol);
                }
            } finally {
                free(p);
            }
            return null;
        });
    }

    private static Optional<Pool> readIfPresent(Connect c, String name) throws LibvirtException {
        StoragePool pool;
        try {
            pool = c.storagePoolLookupByName(name);
        } catch (LibvirtException e) {
            if (LibvirtErrors.code(e) == org.libvirt.Error.ErrorNumber.VIR_ERR_NO_STORAGE_POOL) {
                return Optional.empty();
            }
            throw e;
        }
        try {
            PoolXml xml = PoolXml.parse(pool.getXMLDesc(0));
            boolean active = pool.isActive() == 1;
            StoragePoolInfo info = pool.getInfo();
            List<Volume> volumes = new ArrayList<>();
            if (active) {
                for (String volumeName : pool.listVolumes()) {
                    StorageVol vol = pool.storageVolLookupByName(volumeName);
                    try {
                        volumes.add(volume(vol));
                    } finally {
                        free(vol);
                    }
                }
            }
            return Optional.of(new Pool(name, pool.getUUIDString(), xml.type, active, info.capacity, info.allocation,
                    info.available, xml.targetPath(), volumes));
        } finally {
            free(pool);
        }
    }

    private static Volume volume(StorageVol vol) throws LibvirtException {
        StorageVolInfo info = vol.getInfo();
        return new Volume(vol.getName(), vol.getPath(), info.capacity, info.allocation);
    }

    private static void build(StoragePool pool) throws LibvirtException {
        try {
            pool.build(0);
        } catch (LibvirtException e) {
            // pool types without a build step (e.g. an existing LVM volume group) say so; anything else is real
            if (LibvirtErrors.code(e) != org.libvirt.Error.ErrorNumber.VIR_ERR_NO_SUPPORT) {
                throw e;
            }
        }
    }

    private void undefineQuietly(String name) {
        try {
            hypervisor.call("undefine storage pool " + name, c -> {
                StoragePool pool = c.storagePoolLookupByName(name);
                try {
                    pool.undefine();
                } finally {
                    free(pool);
                }
                return null;
            });
        } catch (CimException e) {
            LOG.warn("could not roll back the definition of storage pool {}: {}", name, e.getMessage());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }

    private static void free(StoragePool pool) {
        try {
            pool.free();
        } catch (LibvirtException e) {
            LOG.debug("freeing a storage pool object failed: {}", e.getMessage());
        }
    }

    private static void free(StorageVol vol) {
        try {
            vol.free();
        } catch (LibvirtException e) {
            LOG.debug("freeing a storage volume object failed: {}", e.getMessage());
        }
    }
}

package org.vemanager.provider.profile.systemvirtualization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Refuses to give a system a writable disk on a pool volume another system already writes: two guests
 * writing one image corrupt it. Only pool volumes are checked (a volume named as pool/volume or by its
 * file), so a plain file shared on purpose keeps working; a disk marked readonly or shareable in either
 * definition is not a writer. A volume counts as the same whether named by pool/volume or by path.
 */
final class SharedImages {

    private final VirtHost host;
    private final StoragePools pools;
    private Map<String, String> pathsByVolume;

    SharedImages(VirtHost host) {
        this.host = host;
        this.pools = new StoragePools(host.hypervisor());
    }

    /** The sources of {@code config}'s writable disks, as comparable keys, to diff before and after an edit. */
    Set<String> writableSources(DomainXml config) throws CimException {
        Set<String> keys = new HashSet<>();
        for (Disk disk : config.devices().disks) {
            keys.addAll(writerKeys(disk));
        }
        return keys;
    }

    /** CIM_ERR_FAILED naming the other writers when a writable pool volume disk new in {@code config} has one. */
    void refuseNewSharedWriters(String uuid, Set<String> before, DomainXml config) throws CimException {
        List<String> added = new ArrayList<>();
        for (Disk disk : config.devices().disks) {
            if (isPoolVolume(disk)) {
                writerKeys(disk).stream().filter(k -> !before.contains(k)).forEach(added::add);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        for (DomainView other : host.domains()) {
            if (other.uuid().equals(uuid)) {
                continue;
            }
            Set<String> theirs = writableSources(DomainXml.readOnly(other.persistentXml()));
            for (String key : added) {
                if (theirs.contains(key)) {
                    throw new CimException(CimStatus.FAILED, "In use: volume " + key + " is already a writable disk of virtual system '"
                            + other.name() + "'; detach it there first (two writers would corrupt it)");
                }
            }
        }
    }

    private boolean isPoolVolume(Disk disk) throws CimException {
        if (disk.source == null) {
            return false;
        }
        if ("volume".equals(disk.type)) {
            return true;
        }
        String path = disk.source.file != null ? disk.source.file : disk.source.dev;
        return path != null && pathsByVolume().containsValue(path);
    }

    /** Empty for a CD-ROM, floppy, readonly or shareable disk; else its path and, for a pool volume, pool/volume. */
    private List<String> writerKeys(Disk disk) throws CimException {
        if (disk.source == null || !"disk".equals(disk.deviceKind()) || hasChild(disk, "readonly") || hasChild(disk, "shareable")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        if (disk.source.pool != null && disk.source.volume != null) {
            String poolVolume = disk.source.pool + "/" + disk.source.volume;
            keys.add(poolVolume);
            String path = pathsByVolume().get(poolVolume);
            if (path != null) {
                keys.add(path);
            }
        } else if (disk.source.file != null || disk.source.dev != null) {
            String path = disk.source.file != null ? disk.source.file : disk.source.dev;
            keys.add(path);
            pathsByVolume().forEach((volume, p) -> {
                if (p.equals(path)) {
                    keys.add(volume);
                }
            });
        }
        return keys;
    }

    private static boolean hasChild(Disk disk, String name) {
        return disk.any.stream().anyMatch(o -> o instanceof org.w3c.dom.Element e && name.equals(e.getNodeName()));
    }

    private Map<String, String> pathsByVolume() throws CimException {
        if (pathsByVolume == null) {
            pathsByVolume = new HashMap<>();
            for (StoragePools.Pool pool : pools.list()) {
                pool.volumes().forEach(v -> pathsByVolume.put(pool.name() + "/" + v.name(), v.path()));
            }
        }
        return pathsByVolume;
    }
}

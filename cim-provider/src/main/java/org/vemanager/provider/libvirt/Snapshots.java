package org.vemanager.provider.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.snapshot.SnapshotXml;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The snapshot tree of each domain (libvirt keeps parent links and a "current" snapshot), read and
 * changed through one {@link Hypervisor}. Snapshot objects are freed as soon as each call returns.
 */
public final class Snapshots {

    /** virDomainSnapshotCreateFlags VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY: disks only, no memory state. */
    public static final int CREATE_DISK_ONLY = 16;

    /**
     * One snapshot.
     *
     * @param parent the parent snapshot's name, null for a root
     * @param state the domain state captured (running, shutoff, paused, disk-snapshot, …)
     * @param creationTime seconds since the epoch
     * @param current whether libvirt marks it as the domain's current snapshot
     * @param definition the domain definition saved with the snapshot (read only; null if libvirt saved none)
     */
    public record Snapshot(String domainUuid, String name, String parent, String description, String state, long creationTime,
            boolean current, DomainXml definition) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final Hypervisor hypervisor;

    public Snapshots(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Every snapshot of the domain, sorted by creation time then name. NOT_FOUND when the domain does not exist. */
    public List<Snapshot> list(String uuid) throws CimException {
        return hypervisor.onDomain(uuid, "list the snapshots of " + uuid, d -> {
            String current = currentName(d);
            List<Snapshot> out = new ArrayList<>();
            for (String name : d.snapshotListNames()) {
                DomainSnapshot s = d.snapshotLookupByName(name);
                try {
                    out.add(snapshot(uuid, SnapshotXml.parse(s.getXMLDesc()), current));
                } finally {
                    free(s);
                }
            }
            out.sort((a, b) -> a.creationTime() != b.creationTime() ? Long.compare(a.creationTime(), b.creationTime())
                    : a.name().compareTo(b.name()));
            return out;
        });
    }

    public Optional<Snapshot> find(String uuid, String name) throws CimException {
        for (Snapshot s : list(uuid)) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The domain's current snapshot (the one the next snapshot descends from), or empty. */
    public Optional<Snapshot> current(String uuid) throws CimException {
        return list(uuid).stream().filter(Snapshot::current).findFirst();
    }

    /** Takes a snapshot; ALREADY_EXISTS when the domain has one of that name. */
    public Snapshot create(String uuid, String name, String description, boolean diskOnly) throws CimException {
        if (find(uuid, name).isPresent()) {
            throw new CimException(CimStatus.ALREADY_EXISTS, "virtual system " + uuid + " already has a snapshot named '" + name + "'");
        }
        String xml = SnapshotXml.request(name, description).toXml();
        hypervisor.onDomain(uuid, "snapshot " + uuid + " as " + name, d -> {
            free(d.snapshotCreateXML(xml, diskOnly ? CREATE_DISK_ONLY : 0));
            return null;
        });
        return find(uuid, name).orElseThrow(() -> new CimException(CimStatus.FAILED, "snapshot " + name + " vanished after creation"));
    }

    /** Deletes one snapshot; its children are re-parented to its parent (libvirt's default). */
    public void delete(String uuid, String name) throws CimException {
        hypervisor.onDomain(uuid, "delete snapshot " + name + " of " + uuid, d -> {
            DomainSnapshot s = d.snapshotLookupByName(name);
            try {
                s.delete(0);
            } finally {
                free(s);
            }
            return null;
        });
    }

    /** Reverts the domain to the snapshot, which becomes the current one. */
    public void revert(String uuid, String name) throws CimException {
        hypervisor.onDomain(uuid, "revert " + uuid + " to snapshot " + name, d -> {
            DomainSnapshot s = d.snapshotLookupByName(name);
            try {
                d.revertToSnapshot(s);
            } finally {
                free(s);
            }
            return null;
        });
    }

    private static String currentName(Domain d) throws LibvirtException {
        if (d.hasCurrentSnapshot() != 1) {
            return null;
        }
        DomainSnapshot s = d.snapshotCurrent();
        try {
            return SnapshotXml.parse(s.getXMLDesc()).name;
        } finally {
            free(s);
        }
    }

    private static Snapshot snapshot(String uuid, SnapshotXml xml, String current) {
        return new Snapshot(uuid, xml.name, xml.parentName(), xml.description, xml.state,
                xml.creationTime == null ? 0 : xml.creationTime, xml.name.equals(current), xml.domain);
    }

    private static void free(DomainSnapshot s) {
        try {
            s.free();
        } catch (LibvirtException e) {
            LOG.debug("freeing a snapshot object failed: {}", e.getMessage());
        }
    }
}

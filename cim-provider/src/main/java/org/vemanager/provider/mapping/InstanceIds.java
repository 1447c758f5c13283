package org.vemanager.provider.mapping;

import java.util.Optional;

/**
 * Our stable InstanceIDs: {@code VEM:<uuid>} for a system's VSSD and
 * {@code VEM:<uuid>/<kind>/<index-or-target>} for its RASDs (disk by target device, NIC by MAC address,
 * processor and memory without a third part, others by position). A snapshot's settings live under
 * {@code VEM:<uuid>/snapshot/<name>}: that is the snapshot's VSSD, and its RASDs add
 * {@code /<kind>/<index-or-target>} the same way, so they never collide with the system's own. A snapshot
 * name is one segment: libvirt accepts any name (our service allows no '/' or '%', but virsh may), so
 * '%' is written {@code %25} and '/' {@code %2F}. {@link #parse} knows only a system's own settings; a
 * snapshot's are {@link #parseSnapshot}'s.
 */
public final class InstanceIds {

    private InstanceIds() {
    }

    public static String vssd(String uuid) {
        return CimNames.INSTANCE_ID_PREFIX + uuid;
    }

    public static String rasd(String uuid, ResourceKind kind, String local) {
        return rasdOf(vssd(uuid), kind, local);
    }

    /** The InstanceID of a RASD of the settings (a system's or a snapshot's VSSD) with InstanceID {@code settingsId}. */
    public static String rasdOf(String settingsId, ResourceKind kind, String local) {
        return settingsId + "/" + kind.segment() + (local == null ? "" : "/" + local);
    }

    /** The InstanceID of a snapshot's VSSD. */
    public static String snapshot(String uuid, String name) {
        return vssd(uuid) + "/" + SNAPSHOT_SEGMENT + "/" + name.replace("%", "%25").replace("/", "%2F");
    }

    /** The snapshot name a segment written by {@link #snapshot} stands for; every '%' there starts %25 or %2F. */
    private static String snapshotName(String segment) {
        return segment.replace("%2F", "/").replace("%25", "%");
    }

    private static final String SNAPSHOT_SEGMENT = "snapshot";

    /** A parsed snapshot VSSD or snapshot RASD InstanceID; {@code kind} empty for the VSSD. */
    public record SnapshotPart(String uuid, String name, Optional<ResourceKind> kind, String local) {
        public String snapshotId() {
            return snapshot(uuid, name);
        }
    }

    /** Parses the InstanceID of a snapshot's VSSD or of one of its RASDs; empty for anything else. */
    public static Optional<SnapshotPart> parseSnapshot(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(CimNames.INSTANCE_ID_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = instanceId.substring(CimNames.INSTANCE_ID_PREFIX.length()).split("/", 5);
        if (parts.length < 3 || parts[0].isEmpty() || !parts[1].equals(SNAPSHOT_SEGMENT) || parts[2].isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 3) {
            return Optional.of(new SnapshotPart(parts[0], snapshotName(parts[2]), Optional.empty(), null));
        }
        Optional<ResourceKind> kind = ResourceKind.ofSegment(parts[3]);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotPart(parts[0], snapshotName(parts[2]), kind, parts.length == 5 ? parts[4] : null));
    }

    /** A parsed RASD or VSSD InstanceID; {@code kind} empty for a VSSD. */
    public record Parsed(String uuid, Optional<ResourceKind> kind, String local) {
    }

    /** Parses an InstanceID of ours; empty for anything else. */
    public static Optional<Parsed> parse(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(CimNames.INSTANCE_ID_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = instanceId.substring(CimNames.INSTANCE_ID_PREFIX.length()).split("/", 3);
        if (parts[0].isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new Parsed(parts[0], Optional.empty(), null));
        }
        Optional<ResourceKind> kind = ResourceKind.ofSegment(parts[1]);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(parts[0], kind, parts.length == 3 ? parts[2] : null));
    }
}

package org.vemanager.provider.mapping;

import java.util.Optional;

/**
 * Our stable InstanceIDs: {@code VEM:<uuid>} for a system's VSSD and
 * {@code VEM:<uuid>/<kind>/<index-or-target>} for its RASDs (disk by target device, NIC by MAC address,
 * processor and memory without a third part, others by position).
 */
public final class InstanceIds {

    private InstanceIds() {
    }

    public static String vssd(String uuid) {
        return CimNames.INSTANCE_ID_PREFIX + uuid;
    }

    public static String rasd(String uuid, ResourceKind kind, String local) {
        return vssd(uuid) + "/" + kind.segment() + (local == null ? "" : "/" + local);
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

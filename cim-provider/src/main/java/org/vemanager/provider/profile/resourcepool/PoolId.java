package org.vemanager.provider.profile.resourcepool;

import java.util.Optional;
import org.vemanager.provider.mapping.CimNames;

/**
 * A pool's identity: its kind and name, written as InstanceID {@code VEM:pool/<kind>/<name>}. Its
 * allocation capabilities are {@code VEM:pool/<kind>/<name>/capabilities} and its RASD templates
 * {@code VEM:pool/<kind>/<name>/template/<Role>} (Minimum, Maximum, Default, Increment).
 */
public record PoolId(PoolKind kind, String name) {

    static final String PREFIX = CimNames.INSTANCE_ID_PREFIX + "pool/";
    static final String CAPABILITIES = "capabilities";
    static final String TEMPLATE = "template";

    public String instanceId() {
        return PREFIX + kind.segment() + "/" + name;
    }

    public String capabilitiesId() {
        return instanceId() + "/" + CAPABILITIES;
    }

    public String templateId(String role) {
        return instanceId() + "/" + TEMPLATE + "/" + role;
    }

    /** The pool an InstanceID of a pool names; empty for anything else. */
    public static Optional<PoolId> parse(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = instanceId.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return PoolKind.ofSegment(parts[0]).map(kind -> new PoolId(kind, parts[1]));
    }

    /** The pool an allocation-capabilities InstanceID belongs to; empty for anything else. */
    public static Optional<PoolId> parseCapabilities(String instanceId) {
        String suffix = "/" + CAPABILITIES;
        if (instanceId == null || !instanceId.endsWith(suffix)) {
            return Optional.empty();
        }
        return parse(instanceId.substring(0, instanceId.length() - suffix.length()));
    }
}

package org.vemanager.provider.profile.resourcepool;

import java.util.Arrays;
import java.util.Optional;
import org.vemanager.provider.mapping.ResourceMapping;

/**
 * The kinds of pool a host has, with the RASD ResourceType they serve (the one the virtual system's RASDs
 * carry, so ResourceAllocationFromPool links equal types) and the units of Capacity and Reserved.
 */
public enum PoolKind {
    PROCESSOR("processor", ResourceMapping.TYPE_PROCESSOR, "count"),
    MEMORY("memory", ResourceMapping.TYPE_MEMORY, ResourceMapping.MIB),
    STORAGE("storage", ResourceMapping.TYPE_DISK, "byte"),
    NETWORK("network", ResourceMapping.TYPE_ETHERNET, "count");

    /** The name of the host's single processor and memory pools. */
    public static final String HOST_POOL = "host";

    private final String segment;
    private final int resourceType;
    private final String units;

    PoolKind(String segment, int resourceType, String units) {
        this.segment = segment;
        this.resourceType = resourceType;
        this.units = units;
    }

    public String segment() {
        return segment;
    }

    public int resourceType() {
        return resourceType;
    }

    public String units() {
        return units;
    }

    public static Optional<PoolKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }

    /** The pool kind that serves a RASD ResourceType: disks, CDs and floppies come from storage pools. */
    public static Optional<PoolKind> ofResourceType(int resourceType) {
        return switch (resourceType) {
            case ResourceMapping.TYPE_PROCESSOR -> Optional.of(PROCESSOR);
            case ResourceMapping.TYPE_MEMORY -> Optional.of(MEMORY);
            case ResourceMapping.TYPE_DISK, ResourceMapping.TYPE_CD, ResourceMapping.TYPE_DVD, ResourceMapping.TYPE_FLOPPY,
                    19, 31 -> Optional.of(STORAGE);
            case ResourceMapping.TYPE_ETHERNET, 33 -> Optional.of(NETWORK);
            default -> Optional.empty();
        };
    }
}

package org.vemanager.provider.profile.resourcepool;

import java.util.Arrays;
import java.util.Optional;
import org.vemanager.provider.mapping.ResourceMapping;

/**
 * The kinds of pool a host has, with their class, the RASD ResourceType they serve (the one the virtual system's RASDs
 * carry, so ResourceAllocationFromPool links equal types) and the units of Capacity and Reserved.
 */
public enum PoolKind {
    PROCESSOR("processor", "VEM_ProcessorPool", ResourceMapping.TYPE_PROCESSOR, "count"),
    MEMORY("memory", "VEM_MemoryPool", ResourceMapping.TYPE_MEMORY, ResourceMapping.MIB),
    STORAGE("storage", "VEM_DiskPool", ResourceMapping.TYPE_DISK, "byte"),
    NETWORK("network", "VEM_NetworkPool", ResourceMapping.TYPE_ETHERNET, "count");

    /** The name of the host's single processor and memory pools. */
    public static final String HOST_POOL = "host";

    private final String segment;
    private final String className;
    private final int resourceType;
    private final String units;

    PoolKind(String segment, String className, int resourceType, String units) {
        this.segment = segment;
        this.className = className;
        this.resourceType = resourceType;
        this.units = units;
    }

    public String segment() {
        return segment;
    }

    /**
     * The pool class of this kind (a subclass of VEM_ResourcePool), so that each resource virtualization
     * profile (DSP1044/1045/1047/1050) has its own central class.
     */
    public String className() {
        return className;
    }

    public static Optional<PoolKind> ofClassName(String className) {
        return Arrays.stream(values()).filter(k -> k.className.equalsIgnoreCase(className)).findFirst();
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

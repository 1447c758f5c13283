package org.vemanager.provider.mapping;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of resource a domain has, each with its RASD class and the segment it takes in InstanceIDs
 * ({@code VEM:<uuid>/<segment>/<index-or-target>}).
 */
public enum ResourceKind {
    PROCESSOR("proc", CimNames.PROCESSOR_RASD),
    MEMORY("mem", CimNames.MEMORY_RASD),
    DISK("disk", CimNames.DISK_RASD),
    NETWORK("nic", CimNames.NETWORK_PORT_RASD),
    GRAPHICS("graphics", CimNames.GRAPHICS_RASD),
    INPUT("input", CimNames.INPUT_RASD),
    CONTROLLER("controller", CimNames.CONTROLLER_RASD);

    private final String segment;
    private final String className;

    ResourceKind(String segment, String className) {
        this.segment = segment;
        this.className = className;
    }

    public String segment() {
        return segment;
    }

    public String className() {
        return className;
    }

    public static Optional<ResourceKind> ofClassName(String className) {
        return Arrays.stream(values()).filter(k -> k.className.equalsIgnoreCase(className)).findFirst();
    }

    public static Optional<ResourceKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }
}

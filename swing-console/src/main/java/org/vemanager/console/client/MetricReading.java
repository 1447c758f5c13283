package org.vemanager.console.client;

import java.time.Instant;

/**
 * One value of the latest sample a node took (DSP1053 BaseMetricValue).
 *
 * @param elementId what was measured: the VM's UUID in lower case, or {@link #NODE} for the node itself
 * @param metric the metric definition's Name, e.g. {@code vm-cpu-utilization}
 * @param at when the node took the sample (the value's TimeStamp)
 */
public record MetricReading(String elementId, String elementName, String metric, double value, Instant at) {

    /** The elementId of the node's own metrics. */
    public static final String NODE = "node";
    /** The metric definition Names the console draws (the node-agent's, see docs/classes.md). */
    public static final String VM_CPU = "vm-cpu-utilization";
    public static final String VM_MEMORY_USED = "vm-memory-used";
    public static final String VM_MEMORY_AVAILABLE = "vm-memory-available";
    public static final String HOST_CPU = "host-cpu-utilization";
    public static final String HOST_MEMORY_USED = "host-memory-used";
    public static final String HOST_MEMORY_AVAILABLE = "host-memory-available";
}

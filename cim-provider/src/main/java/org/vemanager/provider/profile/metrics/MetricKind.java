package org.vemanager.provider.profile.metrics;

import java.util.Arrays;
import java.util.Optional;
import org.vemanager.provider.mapping.CimNames;

/**
 * The metrics we measure. Id {@code VEM:metric/<name>}. DataType 13 (uint64) for byte counters and
 * MiB, 5 (real64) for percentages; ChangeType 3 Counter (monotonic since the system started) or 4
 * Gauge; TimeScope 2 Point or 3 Interval (over the last sampling period).
 */
public enum MetricKind {
    VM_CPU_UTILIZATION("vm-cpu-utilization", "CPU utilisation of a virtual system over the last period, in percent of its vCPUs",
            "percent", false, 5, 4, 3),
    VM_MEMORY_USED("vm-memory-used", "Memory the guest uses (balloon statistics; else the memory assigned), MiB", "MiB", false, 13, 4, 2),
    VM_MEMORY_AVAILABLE("vm-memory-available", "Memory available to the guest, MiB", "MiB", false, 13, 4, 2),
    VM_DISK_READ("vm-disk-read-bytes", "Bytes read from all disks of a virtual system", "bytes", false, 13, 3, 2),
    VM_DISK_WRITE("vm-disk-write-bytes", "Bytes written to all disks of a virtual system", "bytes", false, 13, 3, 2),
    VM_NET_RX("vm-net-rx-bytes", "Bytes received by all network adapters of a virtual system", "bytes", false, 13, 3, 2),
    VM_NET_TX("vm-net-tx-bytes", "Bytes sent by all network adapters of a virtual system", "bytes", false, 13, 3, 2),
    HOST_CPU_UTILIZATION("host-cpu-utilization", "CPU the virtual systems used over the last period, in percent of the host's CPUs",
            "percent", true, 5, 4, 3),
    HOST_MEMORY_USED("host-memory-used", "Host memory in use, MiB", "MiB", true, 13, 4, 2),
    HOST_MEMORY_AVAILABLE("host-memory-available", "Host memory free, MiB", "MiB", true, 13, 4, 2);

    private final String name;
    private final String description;
    private final String units;
    private final boolean host;
    private final int dataType;
    private final int changeType;
    private final int timeScope;

    MetricKind(String name, String description, String units, boolean host, int dataType, int changeType, int timeScope) {
        this.name = name;
        this.description = description;
        this.units = units;
        this.host = host;
        this.dataType = dataType;
        this.changeType = changeType;
        this.timeScope = timeScope;
    }

    public String id() {
        return CimNames.INSTANCE_ID_PREFIX + "metric/" + name;
    }

    public String metricName() {
        return name;
    }

    public String description() {
        return description;
    }

    public String units() {
        return units;
    }

    /** True for host metrics, false for virtual-system metrics. */
    public boolean ofHost() {
        return host;
    }

    public int dataType() {
        return dataType;
    }

    public int changeType() {
        return changeType;
    }

    public int timeScope() {
        return timeScope;
    }

    public static Optional<MetricKind> ofId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}

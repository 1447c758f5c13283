package org.vemanager.provider.profile.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.libvirt.NodeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.BulkDomainStats;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * Samples the host once per period: every domain's statistics in one libvirt call ({@link
 * BulkDomainStats}), the node's memory, and derives utilisation from the CPU-time deltas since the
 * previous sample. The latest {@link Sample} is kept for the metric providers. Sampling runs on a
 * scheduled executor its owner (the node-agent) provides; {@link #sampleNow()} takes one sample at once.
 */
public final class MetricsSampler {

    /** One measured value. {@code elementId} is the domain's UUID, or {@link #HOST} for the host. */
    public record Value(MetricKind kind, String elementId, String elementName, String value) {
    }

    /** One sampling pass: when, over which period (zero for the first), and its values. */
    public record Sample(Instant at, Duration interval, List<Value> values) {
        public Sample {
            values = List.copyOf(values);
        }

        static Sample none() {
            return new Sample(Instant.EPOCH, Duration.ZERO, List.of());
        }
    }

    public static final String HOST = "host";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsSampler.class);
    private static final long KIB = 1024;
    /** virDomainState VIR_DOMAIN_SHUTOFF. */
    private static final int SHUT_OFF = 5;

    private final VirtHost host;
    private final BulkDomainStats stats;
    private final Clock clock;
    private Map<String, Long> previousCpuTime = Map.of();
    private Instant previousAt;
    private volatile Sample latest = Sample.none();
    private ScheduledFuture<?> task;

    public MetricsSampler(VirtHost host) {
        this(host, Clock.systemUTC());
    }

    MetricsSampler(VirtHost host, Clock clock) {
        this.host = host;
        this.stats = new BulkDomainStats(host.hypervisor());
        this.clock = clock;
    }

    /** Samples every {@code period} on {@code executor} until {@link #stop()}; a failed pass is logged and retried next period. */
    public synchronized void start(ScheduledExecutorService executor, Duration period) {
        if (task != null) {
            throw new IllegalStateException("the metrics sampler is already running");
        }
        task = executor.scheduleAtFixedRate(this::sampleQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** The latest sample (empty before the first). */
    public Sample latest() {
        return latest;
    }

    private void sampleQuietly() {
        try {
            sampleNow();
        } catch (CimException | RuntimeException e) {
            LOG.warn("metrics sample failed: {}", e.getMessage());
        }
    }

    /** Takes one sample now and makes it the latest. */
    public synchronized Sample sampleNow() throws CimException {
        Instant at = clock.instant();
        List<BulkDomainStats.Record> records = stats.read();
        NodeInfo node = host.hypervisor().nodeInfo();
        long freeBytes = freeMemory();
        String hostName = host.identity().hostName();
        double elapsedNs = previousAt == null ? 0 : Duration.between(previousAt, at).toNanos();
        List<Value> values = new ArrayList<>();
        Map<String, Long> cpuTimes = new HashMap<>();
        long vmCpuDelta = 0;
        long activeMemoryKib = 0;
        for (BulkDomainStats.Record r : records) {
            if (r.number("state.state", 0) != SHUT_OFF) {
                activeMemoryKib += Math.max(0, r.number("balloon.current", 0));
            }
            long cpu = r.number("cpu.time", -1);
            Long before = previousCpuTime.get(r.uuid());
            if (cpu >= 0) {
                cpuTimes.put(r.uuid(), cpu);
                if (before != null && elapsedNs > 0 && cpu >= before) {
                    long vcpus = Math.max(1, r.number("vcpu.current", 1));
                    vmCpuDelta += cpu - before;
                    values.add(new Value(MetricKind.VM_CPU_UTILIZATION, r.uuid(), r.name(), percent((cpu - before) / (elapsedNs * vcpus))));
                }
            }
            vmValues(r, values);
        }
        long totalMib = node.memory / KIB;
        long freeMib = freeBytes >= 0 ? freeBytes / (KIB * KIB) : Math.max(0, totalMib - activeMemoryKib / KIB);
        values.add(new Value(MetricKind.HOST_MEMORY_USED, HOST, hostName, String.valueOf(Math.max(0, totalMib - freeMib))));
        values.add(new Value(MetricKind.HOST_MEMORY_AVAILABLE, HOST, hostName, String.valueOf(freeMib)));
        if (elapsedNs > 0) {
            double used = vmCpuDelta / (elapsedNs * Math.max(1, node.cpus));
            values.add(new Value(MetricKind.HOST_CPU_UTILIZATION, HOST, hostName, percent(used)));
        }
        Duration interval = previousAt == null ? Duration.ZERO : Duration.between(previousAt, at);
        previousCpuTime = Map.copyOf(cpuTimes);
        previousAt = at;
        Sample sample = new Sample(at, interval, values);
        latest = sample;
        return sample;
    }

    /**
     * virNodeGetFreeMemory in bytes, or -1 where the driver has none (the test driver): the sample then
     * estimates free memory as host memory minus what active virtual systems hold.
     */
    private long freeMemory() {
        try {
            return host.hypervisor().call("read the host's free memory", c -> c.getFreeMemory());
        } catch (CimException e) {
            return -1;
        }
    }

    private static void vmValues(BulkDomainStats.Record r, List<Value> values) {
        long available = r.number("balloon.available", -1);
        long unused = r.number("balloon.unused", -1);
        long current = r.number("balloon.current", -1);
        if (available >= 0 && unused >= 0) {
            values.add(new Value(MetricKind.VM_MEMORY_USED, r.uuid(), r.name(), String.valueOf((available - unused) / KIB)));
        } else if (current >= 0) {
            values.add(new Value(MetricKind.VM_MEMORY_USED, r.uuid(), r.name(), String.valueOf(current / KIB)));
        }
        long avail = available >= 0 ? available : current;
        if (avail >= 0) {
            values.add(new Value(MetricKind.VM_MEMORY_AVAILABLE, r.uuid(), r.name(), String.valueOf(avail / KIB)));
        }
        if (r.values().containsKey("block.count")) {
            values.add(new Value(MetricKind.VM_DISK_READ, r.uuid(), r.name(), String.valueOf(r.sum("block", "rd.bytes"))));
            values.add(new Value(MetricKind.VM_DISK_WRITE, r.uuid(), r.name(), String.valueOf(r.sum("block", "wr.bytes"))));
        }
        if (r.values().containsKey("net.count")) {
            values.add(new Value(MetricKind.VM_NET_RX, r.uuid(), r.name(), String.valueOf(r.sum("net", "rx.bytes"))));
            values.add(new Value(MetricKind.VM_NET_TX, r.uuid(), r.name(), String.valueOf(r.sum("net", "tx.bytes"))));
        }
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, fraction * 100)));
    }
}

package org.vemanager.agent.node.balance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.libvirt.NodeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.profile.metrics.MetricKind;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.scheduler.level1.Allocation;
import org.vemanager.scheduler.level1.Level1Balancer;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;
import org.vemanager.wbem.spi.CimException;

/**
 * Level 1 on this host, once a minute: each running VM's CPU demand over the minute (the mean of the metrics
 * sampler's passes in it, each observed once) joins its per-minute history; {@link Level1Balancer} turns the
 * histories into CPU weights and balloon targets; the changes are applied through libvirt and logged. A VM without a measured minute yet is
 * left as it is. Balloons move only when the target differs by more than {@value #BALLOON_HYSTERESIS_PERCENT}%
 * of the VM's maximum (each change costs the guest work) and never below what the guest reports in use plus
 * {@value #USED_HEADROOM_PERCENT}%.
 */
public final class Level1Round {

    /** One round a minute: the engine's predictor counts its history in minutes. */
    public static final Duration PERIOD = Duration.ofMinutes(1);
    static final int BALLOON_HYSTERESIS_PERCENT = 5;
    static final int USED_HEADROOM_PERCENT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Level1Round.class);
    private static final double KIB_PER_GIB = 1024.0 * 1024;
    private static final long MIN_BALLOON_KIB = 256 * 1024;
    private static final String HOST = "host";

    /** What one round changed on one VM (for the log and the tests). */
    public record Change(String vm, String what) {
    }

    private final Hypervisor hypervisor;
    private final DomainTuning tuning;
    private final Supplier<MetricsSampler.Sample> metrics;
    private final Level1Balancer balancer = Level1Balancer.defaults();
    private final Map<String, Deque<Double>> history = new HashMap<>();
    private final Map<String, Integer> sharesSet = new HashMap<>();
    private final Set<String> noCpuWeight = new HashSet<>();
    /** This minute's CPU utilisation per VM UUID: {sum of percentages, passes}. */
    private final Map<String, double[]> minute = new HashMap<>();
    private Instant lastObserved;
    private ScheduledFuture<?> observing;
    private ScheduledFuture<?> task;

    /**
     * @param metrics the latest metrics sample of this host ({@link MetricsSampler#latest()})
     */
    public Level1Round(Hypervisor hypervisor, Supplier<MetricsSampler.Sample> metrics) {
        this.hypervisor = hypervisor;
        this.tuning = new DomainTuning(hypervisor);
        this.metrics = metrics;
    }

    /**
     * Observes every metrics pass ({@code samplePeriod}, the sampler's period) and runs a round every {@link #PERIOD}
     * on {@code executor} until {@link #stop()}; a failed round is logged.
     */
    public synchronized void start(ScheduledExecutorService executor, Duration samplePeriod) {
        if (task != null) {
            throw new IllegalStateException("level 1 is already running");
        }
        LOG.info("level 1 on: CPU weights and balloon targets every {} s", PERIOD.toSeconds());
        observing = executor.scheduleAtFixedRate(this::observe, samplePeriod.toMillis(), samplePeriod.toMillis(),
                TimeUnit.MILLISECONDS);
        task = executor.scheduleAtFixedRate(this::runQuietly, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (task != null) {
            observing.cancel(false);
            task.cancel(false);
            task = null;
        }
    }

    /** Adds the sampler's latest pass to this minute's sums, once per pass. */
    public synchronized void observe() {
        MetricsSampler.Sample sample = metrics.get();
        if (sample.at().equals(lastObserved)) {
            return;
        }
        lastObserved = sample.at();
        values(sample, MetricKind.VM_CPU_UTILIZATION).forEach((vm, percent) -> {
            double[] sum = minute.computeIfAbsent(vm, k -> new double[2]);
            sum[0] += percent;
            sum[1]++;
        });
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (CimException | RuntimeException e) {
            LOG.warn("level-1 round failed: {}", e.getMessage());
        }
    }

    /** One round now; returns what it changed. */
    public synchronized List<Change> runOnce() throws CimException {
        observe();
        Map<String, Double> cpuPercent = new HashMap<>();
        minute.forEach((vm, sum) -> cpuPercent.put(vm, sum[0] / sum[1]));
        minute.clear();
        Map<String, Double> usedMib = values(metrics.get(), MetricKind.VM_MEMORY_USED);
        List<DomainTuning.Facts> measured = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        Set<String> running = new HashSet<>();
        int window = balancer.predictor().windowMinutes();
        for (DomainTuning.Facts f : tuning.running()) {
            running.add(f.uuid());
            Deque<Double> past = history.computeIfAbsent(f.uuid(), k -> new ArrayDeque<>());
            Double percent = cpuPercent.get(f.uuid());
            if (percent != null) {
                past.addLast(percent / 100 * f.vcpus());
                while (past.size() > window) {
                    past.removeFirst();
                }
            }
            if (!past.isEmpty()) {
                measured.add(f);
                double[] demand = past.stream().mapToDouble(Double::doubleValue).toArray();
                vms.add(new Vm(f.uuid(), HOST, f.vcpus(), f.maxMemoryKib() / KIB_PER_GIB, demand, false));
            }
        }
        history.keySet().retainAll(running);
        sharesSet.keySet().retainAll(running);
        if (vms.isEmpty()) {
            return List.of();
        }
        NodeInfo node = hypervisor.nodeInfo();
        Host host = new Host(HOST, Math.max(1, node.cpus), node.memory / KIB_PER_GIB);
        Map<String, Allocation> allocation = balancer.allocate(host, vms);
        List<Change> changes = new ArrayList<>();
        for (DomainTuning.Facts f : measured) {
            Allocation a = allocation.get(f.uuid());
            applyCpuWeight(f, a.cpuShares(), changes);
            applyBalloon(f, a.balloonTarget(), usedMib.get(f.uuid()), changes);
        }
        return changes;
    }

    private void applyCpuWeight(DomainTuning.Facts f, int shares, List<Change> changes) throws CimException {
        Integer before = sharesSet.get(f.uuid());
        if (before != null && before == shares) {
            return;
        }
        Optional<String> set = tuning.setCpuWeight(f, shares);
        if (set.isPresent()) {
            sharesSet.put(f.uuid(), shares);
            record(changes, f, set.get());
        } else if (noCpuWeight.add(f.uuid())) {
            LOG.info("level 1: {} has no CPU weight in this driver (scheduler parameters {}); balloon only", f.name(),
                    f.scheduler());
        }
    }

    private void applyBalloon(DomainTuning.Facts f, double targetGib, Double usedMib, List<Change> changes) throws CimException {
        long floor = MIN_BALLOON_KIB;
        // Without guest statistics the sampler reports the assigned memory as used: that says nothing of need.
        if (usedMib != null && usedMib * 1024 < f.memoryKib() - 1024) {
            floor = Math.max(floor, Math.round(usedMib * 1024 * (100 + USED_HEADROOM_PERCENT) / 100));
        }
        long target = Math.min(f.maxMemoryKib(), Math.max(floor, Math.round(targetGib * KIB_PER_GIB)));
        if (Math.abs(target - f.memoryKib()) * 100 <= f.maxMemoryKib() * BALLOON_HYSTERESIS_PERCENT) {
            return;
        }
        tuning.setBalloon(f, target);
        record(changes, f, "balloon " + f.memoryKib() / 1024 + " -> " + target / 1024 + " MiB");
    }

    private static void record(List<Change> changes, DomainTuning.Facts f, String what) {
        changes.add(new Change(f.name(), what));
        LOG.info("level 1: {} {}", f.name(), what);
    }

    /** One metric of a sample by VM UUID; values that do not parse are skipped. */
    private static Map<String, Double> values(MetricsSampler.Sample sample, MetricKind kind) {
        Map<String, Double> values = new HashMap<>();
        for (MetricsSampler.Value v : sample.values()) {
            if (v.kind() == kind) {
                try {
                    values.put(v.elementId(), Double.parseDouble(v.value()));
                } catch (NumberFormatException e) {
                    LOG.debug("level 1: unreadable {} of {}: {}", kind, v.elementName(), v.value());
                }
            }
        }
        return values;
    }
}

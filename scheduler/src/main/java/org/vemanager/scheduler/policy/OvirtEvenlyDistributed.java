package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;

/**
 * Baseline: oVirt's evenly_distributed balancing as published. Every minute: a host is over-utilised when its
 * CPU has been above HighUtilization (80%) for CpuOverCommitDurationMinutes (2); one over-utilised host is picked
 * at random; its VM with the lowest CPU usage is migrated to the least loaded host under LowUtilization (60%)
 * that can take it. One migration per round.
 */
public final class OvirtEvenlyDistributed implements SchedulerPolicy {

    private static final double HIGH = 0.8;
    private static final double LOW = 0.6;
    private static final int DURATION_MINUTES = 2;

    private final Random random;

    public OvirtEvenlyDistributed(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public String name() {
        return "ovirt";
    }

    @Override
    public int intervalMinutes() {
        return 1;
    }

    @Override
    public int historyMinutes() {
        return DURATION_MINUTES;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        WorkingCluster wc = WorkingCluster.atLastDemand(snapshot, constraints);
        List<Integer> over = new ArrayList<>();
        for (int h = 0; h < wc.hostCount(); h++) {
            Host host = wc.host(h);
            double[] load = host.loadHistory();
            if (load.length >= DURATION_MINUTES
                && History.countAbove(load, DURATION_MINUTES, HIGH * host.cpuCapacity()) == DURATION_MINUTES) {
                over.add(h);
            }
        }
        if (over.isEmpty()) {
            return Plan.empty(name(), "no host over " + (int) (HIGH * 100) + "% for " + DURATION_MINUTES + " minutes");
        }
        int src = over.get(random.nextInt(over.size()));
        int vm = -1;
        for (int v : wc.vmsOn(src)) {
            if (!wc.vm(v).pinned() && (vm < 0 || wc.demand(v) < wc.demand(vm))) {
                vm = v;
            }
        }
        int dst = -1;
        for (int h = 0; vm >= 0 && h < wc.hostCount(); h++) {
            if (wc.utilisation(h) < LOW && wc.canMove(vm, h, 1.0) && (dst < 0 || wc.utilisation(h) < wc.utilisation(dst))) {
                dst = h;
            }
        }
        if (dst < 0) {
            return Plan.empty(name(), "no destination under " + (int) (LOW * 100) + "% for the over-utilised host");
        }
        wc.apply(vm, dst, 0, "host over-utilised; lowest-CPU VM to the least loaded under-utilised host");
        return wc.toPlan(name(), List.of());
    }
}

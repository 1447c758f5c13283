package org.vemanager.scheduler.policy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * Baseline: OpenStack Watcher's workload_stabilization strategy with its documented defaults: metric
 * instance CPU usage, threshold 0.1 on the standard deviation of normalised host load, weight 1.0,
 * host_choice "retry" with retry_count 1 (each instance is tried on one randomly chosen other host), instance
 * load averaged over 720 s. An audit (we run one every 10 minutes, as a continuous audit) simulates, for every
 * instance, its migration to the chosen host, takes the migration that gives the lowest standard deviation,
 * applies it if it lowers the deviation, and repeats while the deviation is above the threshold.
 */
public final class WatcherWorkloadStabilization implements SchedulerPolicy {

    private static final double THRESHOLD = 0.1;
    private static final int INSTANCE_PERIOD_MINUTES = 12;
    private static final int RETRY_COUNT = 1;

    private final Random random;

    public WatcherWorkloadStabilization(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public String name() {
        return "watcher";
    }

    @Override
    public int intervalMinutes() {
        return 10;
    }

    @Override
    public int historyMinutes() {
        return INSTANCE_PERIOD_MINUTES;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        double[] load = new double[snapshot.vms().size()];
        for (int i = 0; i < load.length; i++) {
            load[i] = History.meanOfLast(snapshot.vms().get(i).demandHistory(), INSTANCE_PERIOD_MINUTES);
        }
        WorkingCluster wc = new WorkingCluster(snapshot, constraints, load);
        double before = wc.utilisationStdDev(null);
        while (wc.budgetLeft() && wc.utilisationStdDev(null) > THRESHOLD && step(wc)) {
            // each step applied one migration
            continue;
        }
        return wc.toPlan(name(), List.of(String.format(Locale.ROOT, "σ %.3f -> %.3f (threshold %.2f)", before,
            wc.utilisationStdDev(null), THRESHOLD)));
    }

    private boolean step(WorkingCluster wc) {
        int n = wc.hostCount();
        double mean = 0;
        for (int h = 0; h < n; h++) {
            mean += wc.utilisation(h);
        }
        mean /= n;
        double sigma = wc.utilisationStdDev(null);
        double variance = sigma * sigma;
        int bestVm = -1;
        int bestDst = -1;
        double bestSigma = sigma;
        for (int v = 0; v < wc.vmCount(); v++) {
            int src = wc.hostOf(v);
            for (int r = 0; r < RETRY_COUNT; r++) {
                int dst = random.nextInt(n);
                if (dst == src || !wc.canMove(v, dst, 1.0)) {
                    continue;
                }
                double a = wc.utilisation(src) - mean;
                double b = wc.utilisation(dst) - mean;
                double a2 = a - wc.demand(v) / wc.host(src).cpuCapacity();
                double b2 = b + wc.demand(v) / wc.host(dst).cpuCapacity();
                double s = Math.sqrt(Math.max(0, variance + (a2 * a2 + b2 * b2 - a * a - b * b) / n));
                if (s < bestSigma) {
                    bestSigma = s;
                    bestVm = v;
                    bestDst = dst;
                }
            }
        }
        if (bestVm < 0) {
            return false;
        }
        wc.apply(bestVm, bestDst, 0, String.format(Locale.ROOT, "workload stabilization: σ %.3f -> %.3f", sigma, bestSigma));
        return true;
    }
}

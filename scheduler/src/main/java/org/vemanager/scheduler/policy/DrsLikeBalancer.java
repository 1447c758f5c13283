package org.vemanager.scheduler.policy;

import java.util.List;
import java.util.Locale;
import org.vemanager.scheduler.MigrationCost;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * Baseline: a balancer in the manner of VMware DRS (classic, load-standard-deviation based). Every five
 * minutes it computes each host's normalised load from its VMs' average demand over those five minutes and
 * the standard deviation across hosts. With migration threshold level L (1 conservative … 5 aggressive,
 * default 3) a recommendation of priority p = 6 − ⌈σ·√N / 0.1⌉ is applied when p ≤ L, i.e. while
 * σ &gt; 0.1·(5 − L)/√N (our reading of the published priority formula). It then greedily picks the move that
 * lowers σ the most ("goodness"), keeps it only if the gain over the next interval exceeds the migration
 * cost (cost-benefit) and it lowers σ by a minimum amount, and repeats within the concurrency limits.
 */
public final class DrsLikeBalancer implements SchedulerPolicy {

    private static final int INTERVAL = 5;
    private static final double MIN_GOODNESS = 0.001;

    private final int level;

    public DrsLikeBalancer(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("DRS migration threshold level must be 1..5, got " + level);
        }
        this.level = level;
    }

    @Override
    public String name() {
        return "drs";
    }

    @Override
    public int intervalMinutes() {
        return INTERVAL;
    }

    @Override
    public int historyMinutes() {
        return INTERVAL;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        double[] load = new double[snapshot.vms().size()];
        for (int i = 0; i < load.length; i++) {
            load[i] = History.meanOfLast(snapshot.vms().get(i).demandHistory(), INTERVAL);
        }
        WorkingCluster wc = new WorkingCluster(snapshot, constraints, load);
        double target = level == 1 ? Double.POSITIVE_INFINITY : 0.1 * (5 - level) / Math.sqrt(wc.hostCount());
        double before = wc.utilisationStdDev(null);
        while (wc.budgetLeft()) {
            double sigma = wc.utilisationStdDev(null);
            if (sigma <= target || !bestMove(wc, sigma)) {
                break;
            }
        }
        return wc.toPlan(name(), List.of(String.format(Locale.ROOT, "σ %.3f -> %.3f, target %.3f (level %d)", before,
            wc.utilisationStdDev(null), target, level)));
    }

    private boolean bestMove(WorkingCluster wc, double sigma) {
        int n = wc.hostCount();
        double mean = 0;
        for (int h = 0; h < n; h++) {
            mean += wc.utilisation(h);
        }
        mean /= n;
        double variance = sigma * sigma;
        int bestVm = -1;
        int bestDst = -1;
        double bestSigma = sigma;
        for (int src = 0; src < n; src++) {
            if (wc.utilisation(src) <= mean) {
                continue;
            }
            double capA = wc.host(src).cpuCapacity();
            double a = wc.utilisation(src) - mean;
            for (int v : wc.vmsOn(src)) {
                for (int dst = 0; dst < n; dst++) {
                    if (wc.utilisation(dst) >= mean) {
                        continue;
                    }
                    double b = wc.utilisation(dst) - mean;
                    double a2 = a - wc.demand(v) / capA;
                    double b2 = b + wc.demand(v) / wc.host(dst).cpuCapacity();
                    double newVar = variance + (a2 * a2 + b2 * b2 - a * a - b * b) / n;
                    double newSigma = Math.sqrt(Math.max(0, newVar));
                    if (newSigma < bestSigma - MIN_GOODNESS && wc.canMove(v, dst, 1.0)) {
                        bestSigma = newSigma;
                        bestVm = v;
                        bestDst = dst;
                    }
                }
            }
        }
        if (bestVm < 0) {
            return false;
        }
        // cost-benefit: the load moved times the imbalance it removes, over one interval, against the migration cost
        double benefit = INTERVAL * wc.demand(bestVm)
            * (wc.utilisation(wc.hostOf(bestVm)) - wc.utilisation(bestDst));
        MigrationCost cost = wc.cost(bestVm);
        if (benefit <= cost.penalty()) {
            return false;
        }
        wc.apply(bestVm, bestDst, benefit, String.format(Locale.ROOT, "lower host-load σ from %.3f to %.3f", sigma, bestSigma));
        return true;
    }
}

package org.vemanager.scheduler.sim;

import java.util.List;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * A bound, not a policy: the one "policy" the simulator lets see the demand of the 5-minute sample it acts in
 * (no real scheduler can). Each round it moves up to {@code movesPerRound} VMs, free of any cost check, from the
 * hottest to the coolest host, each time the VM that lowers their squared imbalance most. Started from the
 * clairvoyant placement, it shows how far chasing the noise around the VMs' levels can push σ for a given number
 * of migrations — the price of a σ below what balancing the levels leaves.
 */
public final class ClairvoyantChaser implements SchedulerPolicy {

    private final int movesPerRound;

    public ClairvoyantChaser(int movesPerRound) {
        if (movesPerRound < 1) {
            throw new IllegalArgumentException("movesPerRound must be at least 1, got " + movesPerRound);
        }
        this.movesPerRound = movesPerRound;
    }

    @Override
    public String name() {
        return "oracle-chase";
    }

    @Override
    public int intervalMinutes() {
        return 5;
    }

    @Override
    public int historyMinutes() {
        return 1;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        WorkingCluster wc = WorkingCluster.atLastDemand(snapshot, constraints);
        for (int i = 0; i < movesPerRound && wc.budgetLeft(); i++) {
            int[] order = wc.hostsByUtilisationDescending();
            int hot = order[0];
            int cold = order[order.length - 1];
            double gap = wc.load(hot) - wc.load(cold);
            int best = -1;
            double bestDrop = 0;
            for (int v : wc.vmsOn(hot)) {
                double x = wc.demand(v);
                double drop = 2 * x * gap - 2 * x * x; // fall of load(hot)² + load(cold)² when x cores move
                if (drop > bestDrop && !wc.movedThisRound(v) && wc.canMove(v, cold, 1.0)) {
                    best = v;
                    bestDrop = drop;
                }
            }
            if (best < 0) {
                break;
            }
            wc.apply(best, cold, 0, "chase the current sample (clairvoyant bound)");
        }
        return wc.toPlan(name(), List.of());
    }
}

package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;

/**
 * Baseline: Sandpiper's black-box hotspot detection and volume-based removal (Wood et al., NSDI 2007).
 * A host is a hotspot when its CPU exceeded the threshold (75%) in k = 3 of the last n = 5 observations and the
 * predicted next value (here the current demand) is also above it. Hotspots are handled hottest first by
 * volume, vol = 1 / ((1 − cpu)(1 − mem)); on a hotspot the VMs are tried in decreasing volume-to-size ratio
 * (volume per GiB of memory) and each goes to the least loaded host (lowest volume) that can take it without
 * becoming hot, until the host is no longer above the threshold. (The paper's VM swaps are not modelled.)
 */
public final class SandpiperHotspot implements SchedulerPolicy {

    private static final double THRESHOLD = 0.75;
    private static final int K = 3;
    private static final int N = 5;

    @Override
    public String name() {
        return "sandpiper";
    }

    @Override
    public int intervalMinutes() {
        return 1;
    }

    @Override
    public int historyMinutes() {
        return 1;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        WorkingCluster wc = WorkingCluster.atLastDemand(snapshot, constraints);
        List<Integer> hot = new ArrayList<>();
        for (int h = 0; h < wc.hostCount(); h++) {
            Host host = wc.host(h);
            if (History.countAbove(host.loadHistory(), N, THRESHOLD * host.cpuCapacity()) >= K && wc.utilisation(h) > THRESHOLD) {
                hot.add(h);
            }
        }
        hot.sort(Comparator.comparingDouble((Integer h) -> hostVolume(wc, h)).reversed().thenComparing(Comparator.naturalOrder()));
        for (int h : hot) {
            List<Integer> vms = new ArrayList<>(wc.vmsOn(h));
            vms.sort(Comparator.comparingDouble((Integer v) -> vsr(wc, v)).reversed().thenComparing(Comparator.naturalOrder()));
            for (int v : vms) {
                if (wc.utilisation(h) <= THRESHOLD || !wc.budgetLeft()) {
                    break;
                }
                int dst = coolestTaker(wc, v);
                if (dst >= 0) {
                    wc.apply(v, dst, 0, "hotspot removal, highest volume-to-size ratio first");
                }
            }
        }
        return wc.toPlan(name(), List.of(hot.size() + " hotspot(s)"));
    }

    private static double hostVolume(WorkingCluster wc, int h) {
        double cpu = Math.min(0.99, wc.utilisation(h));
        double mem = Math.min(0.99, wc.memoryUsed(h) / wc.host(h).memCapacity());
        return 1 / ((1 - cpu) * (1 - mem));
    }

    private static double vsr(WorkingCluster wc, int v) {
        double cpu = Math.min(0.99, wc.demand(v) / wc.vm(v).vcpus());
        double mem = Math.min(0.99, wc.vm(v).memory() / wc.host(wc.hostOf(v)).memCapacity());
        return 1 / ((1 - cpu) * (1 - mem)) / wc.vm(v).memory();
    }

    private static int coolestTaker(WorkingCluster wc, int v) {
        int best = -1;
        for (int h = 0; h < wc.hostCount(); h++) {
            if (wc.canMove(v, h, THRESHOLD) && (best < 0 || hostVolume(wc, h) < hostVolume(wc, best))) {
                best = h;
            }
        }
        return best;
    }
}

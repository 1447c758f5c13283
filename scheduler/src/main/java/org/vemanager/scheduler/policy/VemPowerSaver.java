package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * Our policy in power-saving mode: consolidate VMs onto fewer hosts so that emptied hosts can be switched off,
 * never planning a host above the headroom target, and relieving predicted overload first (onto an empty,
 * i.e. switched-on-again, host if no active one has room). One host is drained at a time, over as many rounds
 * as the concurrency limits need. The {@code reserve} empty hosts stay powered on for bursts; the simulator
 * counts them as used.
 */
public final class VemPowerSaver implements SchedulerPolicy {

    private final VemBalancer balancer;
    private final double headroom;
    private final int reserve;
    private String draining;

    /**
     * @param headroom predicted utilisation a consolidation target may reach (below the overload threshold)
     * @param reserve  empty hosts kept powered on
     */
    public VemPowerSaver(double headroom, int reserve) {
        this.balancer = new VemBalancer(VemBalancer.Settings.consolidation());
        this.headroom = headroom;
        this.reserve = reserve;
    }

    public int reserve() {
        return reserve;
    }

    @Override
    public String name() {
        return "vem-power";
    }

    @Override
    public int intervalMinutes() {
        return 5;
    }

    @Override
    public int historyMinutes() {
        return balancer.historyMinutes();
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        WorkingCluster wc = new WorkingCluster(snapshot, constraints, balancer.predict(snapshot));
        List<String> notes = new ArrayList<>(Evacuation.evacuate(wc, balancer.settings().overload()));
        notes.addAll(Evacuation.repairAntiAffinity(wc, balancer.settings().overload()));
        boolean[] active = new boolean[wc.hostCount()];
        for (int h = 0; h < active.length; h++) {
            active[h] = !wc.vmsOn(h).isEmpty() && !wc.host(h).maintenance() && !wc.host(h).id().equals(draining);
        }
        int relieved = new MoveSearch(wc, balancer.settings(), balancer::coolingDown, active).relieveOverload(Integer.MAX_VALUE);
        relieved += new MoveSearch(wc, balancer.settings(), balancer::coolingDown, null).relieveOverload(Integer.MAX_VALUE);
        if (relieved > 0 || anyAbove(wc, balancer.settings().overload())) {
            draining = null;
            notes.add("overload predicted: consolidation paused, " + relieved + " relief move(s)");
        } else {
            if (draining == null) {
                draining = pickHostToDrain(wc, active);
            }
            if (draining != null) {
                notes.add("draining " + draining + ": " + drain(wc) + " move(s)");
            }
        }
        balancer.remember(wc, snapshot.minute());
        return wc.toPlan(name(), notes);
    }

    private static boolean anyAbove(WorkingCluster wc, double limit) {
        for (int h = 0; h < wc.hostCount(); h++) {
            if (wc.utilisation(h) > limit) {
                return true;
            }
        }
        return false;
    }

    /** The least loaded active host whose load the other active hosts can absorb under the headroom. */
    private String pickHostToDrain(WorkingCluster wc, boolean[] active) {
        double load = 0;
        double cap = 0;
        double mem = 0;
        double memCap = 0;
        int best = -1;
        for (int h = 0; h < wc.hostCount(); h++) {
            if (!active[h]) {
                continue;
            }
            load += wc.load(h);
            cap += wc.host(h).cpuCapacity();
            mem += wc.memoryUsed(h);
            memCap += wc.host(h).memCapacity();
            if (best < 0 || wc.load(h) < wc.load(best)) {
                best = h;
            }
        }
        if (best < 0) {
            return null;
        }
        boolean fits = load <= headroom * (cap - wc.host(best).cpuCapacity())
            && mem <= 0.9 * (memCap - wc.host(best).memCapacity());
        return fits ? wc.host(best).id() : null;
    }

    private int drain(WorkingCluster wc) {
        int src = wc.snapshot().hostIndex().get(draining);
        List<Integer> vms = new ArrayList<>(wc.vmsOn(src));
        vms.sort(Comparator.comparingDouble(wc::demand).reversed().thenComparing(Comparator.naturalOrder()));
        double gainPerVm = balancer.settings().horizonMinutes() * wc.host(src).cpuCapacity() / Math.max(1, vms.size());
        int count = 0;
        for (int v : vms) {
            int dst = fullestFit(wc, v, src);
            if (dst < 0) {
                continue;
            }
            // the gain of emptying a host: its idle power, counted as the cores it ties up, shared by its VMs
            wc.apply(v, dst, gainPerVm, "consolidate: drain " + draining + " to switch it off");
            count++;
        }
        if (wc.vmsOn(src).isEmpty()) {
            draining = null;
        }
        return count;
    }

    private int fullestFit(WorkingCluster wc, int v, int src) {
        int best = -1;
        for (int h = 0; h < wc.hostCount(); h++) {
            if (h == src || wc.vmsOn(h).isEmpty() || !wc.canMove(v, h, headroom)) {
                continue;
            }
            if (best < 0 || wc.utilisation(h) > wc.utilisation(best)) {
                best = h;
            }
        }
        return best;
    }
}

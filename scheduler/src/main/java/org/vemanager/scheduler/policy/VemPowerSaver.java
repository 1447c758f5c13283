package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * Our policy in power-saving mode: consolidate VMs onto fewer hosts so that emptied hosts can be switched off,
 * never planning a host above the headroom target, and relieving predicted overload first (onto an empty,
 * i.e. switched-on-again, host if no active one has room under the headroom). Consolidation keeps the migration
 * target: it frees the hosts that cost fewest moves, and starts a host's evacuation only when the whole of it fits
 * in a sliding 24-hour migration budget ({@link MigrationBudget}); several hosts drain at once while the cluster
 * has slack for them, one at a time near the packed state. The {@code reserve} empty hosts stay powered on for
 * bursts; the simulator counts them as used.
 */
public final class VemPowerSaver implements SchedulerPolicy {

    /**
     * Migrations per VM in any 24 hours up to which consolidation starts drains. Chosen, not searched: the
     * target is 0.5, and relief moves, never refused, needed up to 0.05 per VM per day on the tuning day
     * 20110303 (at 32 hosts); 0.35 leaves them three times that.
     */
    public static final double DEFAULT_BUDGET = 0.35;

    private final VemBalancer balancer;
    private final double headroom;
    private final int reserve;
    private final MigrationBudget budget;
    private final Set<String> draining = new LinkedHashSet<>();

    /**
     * @param headroom predicted utilisation a consolidation target may reach (below the overload threshold)
     * @param reserve  empty hosts kept powered on
     */
    public VemPowerSaver(double headroom, int reserve) {
        this(headroom, reserve, DEFAULT_BUDGET);
    }

    /**
     * @param headroom    predicted utilisation a consolidation target may reach (below the overload threshold)
     * @param reserve     empty hosts kept powered on
     * @param perVmPerDay migrations per VM in any 24 hours that consolidation may use (relief moves count too)
     */
    public VemPowerSaver(double headroom, int reserve, double perVmPerDay) {
        this.balancer = new VemBalancer(VemBalancer.Settings.consolidation());
        this.headroom = headroom;
        this.reserve = reserve;
        this.budget = new MigrationBudget(perVmPerDay);
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
        draining.removeIf(id -> !snapshot.hostIndex().containsKey(id));
        boolean[] active = new boolean[wc.hostCount()];
        for (int h = 0; h < active.length; h++) {
            active[h] = !wc.vmsOn(h).isEmpty() && !wc.host(h).maintenance() && !draining.contains(wc.host(h).id());
        }
        // relief fills a destination only up to the packing headroom: filling a packed host to the overload
        // threshold just hands the overload on (measured on 20110306 at 32 hosts: 341 relief moves in one day)
        int relieved = new MoveSearch(wc, balancer.settings(), balancer::coolingDown, active, headroom)
            .relieveOverload(Integer.MAX_VALUE);
        relieved += new MoveSearch(wc, balancer.settings(), balancer::coolingDown, null, headroom)
            .relieveOverload(Integer.MAX_VALUE);
        if (relieved > 0 || anyAbove(wc, balancer.settings().overload())) {
            draining.clear();
            notes.add("overload predicted: consolidation paused, " + relieved + " relief move(s)");
        } else {
            startDrains(wc, active, constraints);
            for (String host : List.copyOf(draining)) {
                notes.add("draining " + host + ": " + drain(wc, host) + " move(s)");
            }
        }
        balancer.remember(wc, snapshot.minute());
        budget.spend(snapshot.minute(), wc.moves().size());
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

    /**
     * Adds hosts to drain, cheapest to free first — fewest VMs, i.e. fewest migrations, then least loaded — while
     * the hosts left can absorb the load under the headroom and every started evacuation fits in the migration
     * budget left: a drain is one decision, paid for in full before it starts. As many drains run at once as the
     * concurrency limits can serve (each source uses its per-host slots), so hosts are freed early in the day.
     */
    private void startDrains(WorkingCluster wc, boolean[] active, SchedulerConstraints constraints) {
        int parallel = Math.max(1, constraints.maxMigrationsTotal() / Math.max(1, constraints.maxMigrationsPerHost()));
        double load = 0;
        double cap = 0;
        double mem = 0;
        double memCap = 0;
        int committed = 0;
        for (int h = 0; h < wc.hostCount(); h++) {
            boolean drained = draining.contains(wc.host(h).id());
            if (active[h] || drained) {
                load += wc.load(h);
                mem += wc.memoryUsed(h);
            }
            if (active[h]) {
                cap += wc.host(h).cpuCapacity();
                memCap += wc.host(h).memCapacity();
            }
            if (drained) {
                committed += wc.vmsOn(h).size();
            }
        }
        int affordable = budget.left(wc.snapshot().minute(), wc.vmCount()) - committed;
        while (draining.size() < parallel) {
            int best = -1;
            for (int h = 0; h < wc.hostCount(); h++) {
                // each drain already running must leave one more host's worth of slack: far from the packed
                // state several hosts drain at once; near it, one at a time, after the last one's effect is seen
                boolean fits = active[h] && wc.vmsOn(h).size() <= affordable
                    && load <= headroom * (cap - (1 + draining.size()) * wc.host(h).cpuCapacity())
                    && mem <= 0.9 * (memCap - wc.host(h).memCapacity());
                if (fits && (best < 0 || cheaper(wc, h, best))) {
                    best = h;
                }
            }
            if (best < 0) {
                return;
            }
            draining.add(wc.host(best).id());
            active[best] = false;
            cap -= wc.host(best).cpuCapacity();
            memCap -= wc.host(best).memCapacity();
            affordable -= wc.vmsOn(best).size();
        }
    }

    private static boolean cheaper(WorkingCluster wc, int a, int b) {
        int byCount = Integer.compare(wc.vmsOn(a).size(), wc.vmsOn(b).size());
        return byCount != 0 ? byCount < 0 : wc.load(a) < wc.load(b);
    }

    private int drain(WorkingCluster wc, String host) {
        int src = wc.snapshot().hostIndex().get(host);
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
            wc.apply(v, dst, gainPerVm, "consolidate: drain " + host + " to switch it off");
            count++;
        }
        if (wc.vmsOn(src).isEmpty()) {
            draining.remove(host);
        }
        return count;
    }

    private int fullestFit(WorkingCluster wc, int v, int src) {
        int best = -1;
        for (int h = 0; h < wc.hostCount(); h++) {
            if (h == src || wc.vmsOn(h).isEmpty() || draining.contains(wc.host(h).id()) || !wc.canMove(v, h, headroom)) {
                continue;
            }
            if (best < 0 || wc.utilisation(h) > wc.utilisation(best)) {
                best = h;
            }
        }
        return best;
    }
}

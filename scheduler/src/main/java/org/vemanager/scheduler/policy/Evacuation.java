package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.scheduler.WorkingCluster;

/**
 * Mandatory moves: every VM on a host in maintenance goes to the least utilised host that can take it under the
 * policy's CPU limit, or failing that within full capacity (affinity groups move together). What cannot move now
 * (limits, pinning, no room) is reported in the notes, and the next round continues.
 */
final class Evacuation {

    private Evacuation() {
    }

    /** Moves what it can off hosts in maintenance; returns notes on what is left. */
    static List<String> evacuate(WorkingCluster wc, double cpuLimit) {
        List<String> notes = new ArrayList<>();
        for (int h = 0; h < wc.hostCount(); h++) {
            if (!wc.host(h).maintenance()) {
                continue;
            }
            for (Integer v : List.copyOf(wc.vmsOn(h))) {
                if (wc.hostOf(v) != h) {
                    continue; // moved already with its affinity group
                }
                int[] group = wc.affinityGroup(v);
                int dst = coolestFit(wc, group, cpuLimit);
                if (dst < 0) {
                    dst = coolestFit(wc, group, 1.0); // mandatory: accept a hot destination rather than stay
                }
                if (dst < 0) {
                    notes.add("cannot evacuate " + wc.vm(v).id() + " from " + wc.host(h).id() + " now ("
                        + (wc.vm(v).pinned() ? "pinned" : "no host with room or migration slots") + ")");
                    continue;
                }
                for (int member : group) {
                    wc.apply(member, dst, Double.POSITIVE_INFINITY, "evacuate " + wc.host(h).id() + " (maintenance)");
                }
            }
        }
        return notes;
    }

    /**
     * Mandatory moves that repair anti-affinity rules broken in the snapshot (e.g. by a manual migration): of two
     * members on one host, the later one in the snapshot moves to the least utilised host that keeps the rule.
     */
    static List<String> repairAntiAffinity(WorkingCluster wc, double cpuLimit) {
        List<String> notes = new ArrayList<>();
        for (int v = wc.vmCount() - 1; v >= 0; v--) {
            if (!wc.breaksAntiAffinity(v)) {
                continue;
            }
            int[] single = {v};
            int dst = coolestFit(wc, single, cpuLimit);
            dst = dst < 0 ? coolestFit(wc, single, 1.0) : dst;
            if (dst < 0) {
                notes.add("cannot repair the anti-affinity of " + wc.vm(v).id() + " now");
                continue;
            }
            wc.apply(v, dst, Double.POSITIVE_INFINITY, "repair an anti-affinity rule");
        }
        return notes;
    }

    private static int coolestFit(WorkingCluster wc, int[] group, double cpuLimit) {
        int best = -1;
        for (int h = 0; h < wc.hostCount(); h++) {
            boolean fits = group.length == 1 ? wc.canMove(group[0], h, cpuLimit) : wc.canMoveGroup(group, h, cpuLimit);
            if (fits && (best < 0 || wc.utilisation(h) < wc.utilisation(best))) {
                best = h;
            }
        }
        return best;
    }
}

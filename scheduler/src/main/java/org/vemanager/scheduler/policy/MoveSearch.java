package org.vemanager.scheduler.policy;

import java.util.Arrays;
import java.util.function.BiPredicate;
import org.vemanager.scheduler.MigrationCost;
import org.vemanager.scheduler.WorkingCluster;

/**
 * The greedy move search of {@link VemBalancer}: for a few hot sources and a few cool destinations, every
 * movable VM is scored by net gain = horizon × (imbalance reduction + overload reduction) − migration cost.
 * Scores are in core-minutes. Imbalance reduction is C̄/2 × the drop of Σ(u − ū)² over the two hosts, which
 * for a small move of x cores between hosts at utilisations a and b is about x·(a − b).
 */
final class MoveSearch {

    /** Overloaded cores count this much more than imbalance: overload is unmet demand. */
    private static final double OVERLOAD_WEIGHT = 5;

    private final WorkingCluster wc;
    private final VemBalancer.Settings settings;
    private final BiPredicate<WorkingCluster, Integer> frozen;
    private final boolean[] allowedDestination;
    private final double destinationLimit;
    private final double meanCapacity;

    /**
     * @param frozen             VMs the search must not move (cooldown)
     * @param allowedDestination hosts that may receive VMs, or null for all
     */
    MoveSearch(WorkingCluster wc, VemBalancer.Settings settings, BiPredicate<WorkingCluster, Integer> frozen,
        boolean[] allowedDestination) {
        this(wc, settings, frozen, allowedDestination, settings.overload());
    }

    /**
     * @param destinationLimit predicted utilisation a destination may reach (power mode: its packing headroom, so
     *                         that relief does not fill another packed host up to the overload threshold)
     */
    MoveSearch(WorkingCluster wc, VemBalancer.Settings settings, BiPredicate<WorkingCluster, Integer> frozen,
        boolean[] allowedDestination, double destinationLimit) {
        this.destinationLimit = destinationLimit;
        this.wc = wc;
        this.settings = settings;
        this.frozen = frozen;
        this.allowedDestination = allowedDestination;
        double cap = 0;
        for (int h = 0; h < wc.hostCount(); h++) {
            cap += wc.host(h).cpuCapacity();
        }
        this.meanCapacity = cap / Math.max(1, wc.hostCount());
    }

    /** Moves load off hosts predicted above the overload threshold; returns the number of moves. */
    int relieveOverload(int maxMoves) {
        int count = 0;
        while (count < maxMoves && wc.budgetLeft()) {
            int[] order = wc.hostsByUtilisationDescending();
            int hot = order[0];
            if (wc.utilisation(hot) <= settings.overload()) {
                return count;
            }
            Candidate best = bestFrom(new int[] {hot}, coolest(order), 0);
            if (best == null) {
                return count;
            }
            wc.apply(best.vm, best.dst, best.gain, reason("relieve predicted overload", best));
            count++;
        }
        return count;
    }

    /** Up to {@code maxMoves} balancing moves that clear the minimum net gain; returns how many. */
    int balance(int maxMoves) {
        int count = 0;
        while (count < maxMoves && wc.budgetLeft()) {
            int[] order = wc.hostsByUtilisationDescending();
            int[] hot = Arrays.copyOf(order, Math.min(settings.hotHosts(), order.length));
            Candidate best = bestFrom(hot, coolest(order), settings.minNetGain());
            if (best == null) {
                return count;
            }
            wc.apply(best.vm, best.dst, best.gain, reason("reduce imbalance", best));
            count++;
        }
        return count;
    }

    private int[] coolest(int[] descending) {
        int[] cool = new int[Math.min(settings.coolHosts(), descending.length)];
        int n = 0;
        for (int i = descending.length - 1; i >= 0 && n < cool.length; i--) {
            int h = descending[i];
            if (allowedDestination == null || allowedDestination[h]) {
                cool[n++] = h;
            }
        }
        return Arrays.copyOf(cool, n);
    }

    private Candidate bestFrom(int[] sources, int[] destinations, double minNet) {
        double mean = meanUtilisation();
        Candidate best = null;
        for (int src : sources) {
            for (int v : wc.vmsOn(src)) {
                if (wc.vm(v).pinned() || wc.movedThisRound(v) || frozen.test(wc, v) || wc.demand(v) <= 0) {
                    continue;
                }
                MigrationCost cost = null;
                for (int dst : destinations) {
                    if (!wc.canMove(v, dst, destinationLimit)) {
                        continue;
                    }
                    double gain = settings.horizonMinutes() * gainPerMinute(v, src, dst, mean);
                    if (gain <= 0) {
                        continue;
                    }
                    cost = cost == null ? wc.cost(v) : cost;
                    double net = gain - cost.penalty();
                    if (net > minNet && (best == null || net > best.net)) {
                        best = new Candidate(v, dst, gain, net);
                    }
                }
            }
        }
        return best;
    }

    private double gainPerMinute(int v, int src, int dst, double mean) {
        double x = wc.demand(v);
        double capA = wc.host(src).cpuCapacity();
        double capB = wc.host(dst).cpuCapacity();
        double a = wc.load(src) / capA - mean;
        double b = wc.load(dst) / capB - mean;
        double a2 = a - x / capA;
        double b2 = b + x / capB;
        double imbalance = meanCapacity / 2 * (a * a + b * b - a2 * a2 - b2 * b2);
        double overload = over(wc.load(src), capA) + over(wc.load(dst), capB)
            - over(wc.load(src) - x, capA) - over(wc.load(dst) + x, capB);
        return imbalance + OVERLOAD_WEIGHT * overload;
    }

    private double over(double load, double capacity) {
        return Math.max(0, load - settings.overload() * capacity);
    }

    private double meanUtilisation() {
        double sum = 0;
        for (int h = 0; h < wc.hostCount(); h++) {
            sum += wc.utilisation(h);
        }
        return sum / Math.max(1, wc.hostCount());
    }

    private String reason(String why, Candidate c) {
        return String.format(java.util.Locale.ROOT, "%s: %s at %.0f%% -> %s at %.0f%% (predicted, before the move)", why,
            wc.host(wc.hostOf(c.vm)).id(), 100 * wc.utilisation(wc.hostOf(c.vm)), wc.host(c.dst).id(),
            100 * wc.utilisation(c.dst));
    }

    private record Candidate(int vm, int dst, double gain, double net) {
    }
}

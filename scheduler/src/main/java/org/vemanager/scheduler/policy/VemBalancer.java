package org.vemanager.scheduler.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.WorkingCluster;
import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * Our level-2 policy. Each round it
 * <ol>
 *   <li>predicts every VM's demand ({@link DemandPredictor}; for balancing an unbiased long-window mean, for power
 *       mode a mean blended with a recent high percentile);</li>
 *   <li>evacuates hosts in maintenance (mandatory moves);</li>
 *   <li>relieves hosts whose predicted load exceeds the overload threshold;</li>
 *   <li>only if the predicted imbalance (σ of host utilisation) is above its target, makes the moves with the
 *       best net gain: the predicted reduction of imbalance and overload over the horizon, minus the
 *       migration's cost from the pre-copy model; a move must clear a minimum net gain.</li>
 * </ol>
 * Oscillation is damped three ways: predictions rather than samples, a minimum net gain, and a cooldown per
 * VM (a VM that moved is not moved again for a while). A round looks at a few of the hottest hosts and a few
 * of the coolest destinations, so it costs O(VMs + hosts·log hosts), not O(VMs²·hosts).
 */
public final class VemBalancer implements SchedulerPolicy {

    /**
     * The knobs (tuned on day 20110303 only).
     *
     * @param predictor        demand prediction
     * @param overload         predicted utilisation above which a host is relieved, and that a move never creates
     * @param sigmaTarget      predicted σ of host utilisation under which the policy does not balance
     * @param horizonMinutes   how long a gain is assumed to last
     * @param minNetGain       core-minutes a balancing move must gain beyond its cost
     * @param cooldownMinutes  how long a moved VM stays put
     * @param hotHosts         source hosts examined per step
     * @param coolHosts        destination hosts examined per step
     * @param maxMovesPerRound balancing moves per round (the constraints may allow more)
     */
    public record Settings(DemandPredictor predictor, double overload, double sigmaTarget, double horizonMinutes,
        double minNetGain, long cooldownMinutes, int hotHosts, int coolHosts, int maxMovesPerRound) {

        /**
         * The balancing setting, tuned on day 20110303 only. PlanetLab demand is a steady level per VM plus
         * nearly white noise (autocorrelation ≈ 0.1 at 5 minutes), so the best forecast of the next hours is an
         * unbiased mean over the last three hours (half-life 2 h): no burst percentile here, which would make
         * bursty VMs look bigger than they are and balance the wrong quantity. Gains of such moves last, hence
         * the 4-hour horizon; the 24-hour cooldown still lets a VM move at most once a day.
         */
        public static Settings defaults() {
            return new Settings(new DemandPredictor(120, 0.9, 0, 180), 0.85, 0, 240, 1, 1440, 8, 16, 4);
        }

        /**
         * The setting of power mode (and of the first version of this policy): plans on the mean blended with
         * the 90th percentile of the last hour, because packing hosts must leave room for each VM's bursts.
         */
        public static Settings consolidation() {
            return new Settings(DemandPredictor.defaults(), 0.85, 0.02, 60, 3, 1440, 4, 8, 2);
        }
    }

    private final Settings settings;
    private final Map<String, Long> lastMoved = new HashMap<>();

    public VemBalancer() {
        this(Settings.defaults());
    }

    public VemBalancer(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "vem";
    }

    @Override
    public int intervalMinutes() {
        return 5;
    }

    @Override
    public int historyMinutes() {
        return settings.predictor().windowMinutes();
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        WorkingCluster wc = new WorkingCluster(snapshot, constraints, predict(snapshot));
        List<String> notes = new ArrayList<>(Evacuation.evacuate(wc, settings.overload()));
        notes.addAll(Evacuation.repairAntiAffinity(wc, settings.overload()));
        MoveSearch search = new MoveSearch(wc, settings, this::coolingDown, null);
        int relieved = search.relieveOverload(settings.maxMovesPerRound());
        double sigma = wc.utilisationStdDev(null);
        int balanced = 0;
        if (sigma > settings.sigmaTarget()) {
            balanced = search.balance(settings.maxMovesPerRound() - relieved);
        }
        notes.add(String.format(Locale.ROOT, "predicted σ %.3f -> %.3f (target %.3f), %d overload move(s), %d balancing move(s)",
            sigma, wc.utilisationStdDev(null), settings.sigmaTarget(), relieved, balanced));
        remember(wc, snapshot.minute());
        return wc.toPlan(name(), notes);
    }

    double[] predict(ClusterSnapshot snapshot) {
        double[] demand = new double[snapshot.vms().size()];
        for (int i = 0; i < demand.length; i++) {
            demand[i] = settings.predictor().predict(snapshot.vms().get(i).demandHistory());
        }
        return demand;
    }

    boolean coolingDown(WorkingCluster wc, int v) {
        Long at = lastMoved.get(wc.vm(v).id());
        return at != null && wc.snapshot().minute() - at < settings.cooldownMinutes();
    }

    void remember(WorkingCluster wc, long minute) {
        wc.moves().forEach(m -> lastMoved.put(m.vm(), minute));
    }

    Settings settings() {
        return settings;
    }
}

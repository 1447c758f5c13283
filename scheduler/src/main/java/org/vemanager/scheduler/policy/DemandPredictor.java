package org.vemanager.scheduler.policy;

import java.util.Arrays;

/**
 * Predicts a VM's CPU demand for the next hours from its recent history: a blend of an exponentially
 * weighted mean (the level it keeps returning to) and a high percentile of the last window (the bursts it
 * is likely to repeat). Planning on this, not on the last sample, is what stops a balancer from chasing
 * noise. With {@code peakWeight} 0 it is the unbiased mean, the right forecast for balancing; a positive
 * weight makes room for bursts, which packing (power mode) and level 1 need.
 *
 * @param halfLifeMinutes how fast the weighted mean forgets
 * @param percentile      which quantile of the window stands for "its bursts" (0..1)
 * @param peakWeight      the share of the percentile in the blend (0..1)
 * @param windowMinutes   how much history a prediction looks at
 */
public record DemandPredictor(double halfLifeMinutes, double percentile, double peakWeight, int windowMinutes) {

    public DemandPredictor {
        if (!(halfLifeMinutes > 0) || percentile < 0 || percentile > 1 || peakWeight < 0 || peakWeight > 1 || windowMinutes < 1) {
            throw new IllegalArgumentException("bad predictor setting: half-life " + halfLifeMinutes + ", percentile " + percentile
                + ", peak weight " + peakWeight + ", window " + windowMinutes);
        }
    }

    /** The setting tuned on day 20110303 only. */
    public static DemandPredictor defaults() {
        return new DemandPredictor(60, 0.9, 0.3, 60);
    }

    /** The predicted demand in cores (0 for an empty history). */
    public double predict(double[] history) {
        if (history.length == 0) {
            return 0;
        }
        return (1 - peakWeight) * weightedMean(history) + peakWeight * quantile(history);
    }

    /** Exponentially weighted mean, newest sample weighted most. */
    public double weightedMean(double[] history) {
        double decay = Math.pow(0.5, 1 / halfLifeMinutes);
        double weight = 1;
        double sum = 0;
        double weights = 0;
        for (int i = history.length - 1; i >= 0; i--) {
            sum += weight * history[i];
            weights += weight;
            weight *= decay;
        }
        return sum / weights;
    }

    /** The {@link #percentile()} quantile of the history (nearest rank). */
    public double quantile(double[] history) {
        double[] sorted = history.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}

package org.vemanager.scheduler;

import java.util.Locale;

/**
 * One migration in a plan.
 *
 * @param vm           the VM to move
 * @param from         its current host
 * @param to           the destination host
 * @param expectedGain the predicted benefit in core-minutes ({@link Double#POSITIVE_INFINITY} for a mandatory move:
 *                     evacuation or a rule repair)
 * @param cost         the predicted cost
 * @param reason       why, in words
 */
public record Move(String vm, String from, String to, double expectedGain, MigrationCost cost, String reason) {

    /** True when the move is required by a constraint rather than chosen for its gain. */
    public boolean mandatory() {
        return expectedGain == Double.POSITIVE_INFINITY;
    }

    /** One line for {@link Plan#explain()}. */
    public String explain() {
        String gain = mandatory() ? "mandatory" : String.format(Locale.ROOT, "gain %.2f core-min", expectedGain);
        return String.format(Locale.ROOT, "%s: %s -> %s (%s; cost %.2f core-min, %.2f GiB, %.1f s, downtime %.0f ms) — %s",
            vm, from, to, gain, cost.penalty(), cost.gibibytes(), cost.predictedSeconds(), cost.predictedDowntime() * 1000, reason);
    }
}

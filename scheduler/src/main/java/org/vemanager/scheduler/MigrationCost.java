package org.vemanager.scheduler;

/**
 * What one live migration is predicted to cost.
 *
 * @param bytesToCopy          memory sent over the wire, all pre-copy rounds and the final stop-and-copy included
 * @param predictedSeconds     wall time from start to switch-over
 * @param predictedDowntime    seconds the VM is paused for the final copy
 * @param penalty              the same cost in the planner's score unit (core-minutes of work lost or spent)
 */
public record MigrationCost(long bytesToCopy, double predictedSeconds, double predictedDowntime, double penalty) {

    /** Gibibytes sent over the wire. */
    public double gibibytes() {
        return bytesToCopy / (double) (1L << 30);
    }
}

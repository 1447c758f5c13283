package org.vemanager.scheduler;

/**
 * The pre-copy live-migration model (as QEMU and Xen do it): copy all memory while the VM runs, then
 * repeatedly copy what it dirtied meanwhile, until what is left can be sent within the downtime limit
 * or the round limit is reached; then pause the VM and send the rest.
 *
 * <p>The dirty rate grows with the VM's CPU activity: {@code dirty = dirtyBase + dirtyPerCore × demand}.
 * During the migration the source and destination spend CPU on it, and the VM itself runs slower
 * (dirty-page tracking); the penalty adds those up with the downtime, weighted as lost work, in
 * core-minutes, the planner's score unit.
 *
 * @param bandwidth        bytes per second the migration network gives one migration
 * @param dirtyBase        bytes per second an idle VM still dirties
 * @param dirtyPerCore     extra bytes per second per core of CPU demand
 * @param downtimeLimit    seconds: stop-and-copy starts when the remainder fits in this time
 * @param maxRounds        pre-copy rounds before forcing the stop-and-copy
 * @param sourceOverhead   cores the source spends while migrating
 * @param destOverhead     cores the destination spends while migrating
 * @param slowdown         fraction of the VM's own work lost while it is being tracked
 */
public record MigrationCostModel(double bandwidth, double dirtyBase, double dirtyPerCore, double downtimeLimit,
    int maxRounds, double sourceOverhead, double destOverhead, double slowdown) {

    private static final double GIB = 1L << 30;
    /** Downtime hurts more than slowness: the VM's work is lost and its clients see a stall. */
    private static final double DOWNTIME_WEIGHT = 10;

    /** A 10 GbE migration network (about 1.1 GB/s usable), QEMU's 300 ms default downtime limit. */
    public static MigrationCostModel defaults() {
        return new MigrationCostModel(1.1e9, 20e6, 120e6, 0.3, 30, 0.5, 0.3, 0.2);
    }

    /**
     * The cost of migrating a VM.
     *
     * @param memoryGiB   its memory
     * @param demandCores its (predicted) CPU demand, which drives the dirty rate
     */
    public MigrationCost cost(double memoryGiB, double demandCores) {
        double dirtyRate = dirtyBase + dirtyPerCore * Math.max(0, demandCores);
        double memBytes = memoryGiB * GIB;
        double remaining = memBytes;
        double sent = 0;
        double seconds = 0;
        for (int round = 0; round < maxRounds && remaining / bandwidth > downtimeLimit; round++) {
            double t = remaining / bandwidth;
            sent += remaining;
            seconds += t;
            // what was dirtied during this round, never more than the whole memory
            remaining = Math.min(memBytes, dirtyRate * t);
        }
        double downtime = remaining / bandwidth;
        sent += remaining;
        seconds += downtime;
        double penalty = (sourceOverhead + destOverhead) * seconds / 60
            + slowdown * demandCores * seconds / 60
            + DOWNTIME_WEIGHT * demandCores * downtime / 60;
        return new MigrationCost(Math.round(sent), seconds, downtime, penalty);
    }
}

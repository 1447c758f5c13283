package org.vemanager.scheduler;

import org.vemanager.scheduler.model.ClusterSnapshot;

/**
 * A level-2 (between hosts) balancing policy. A policy may keep state between rounds (cooldowns, how long a
 * host has been hot), so use one instance per cluster. Implementations must be deterministic for a given
 * sequence of snapshots.
 */
public interface SchedulerPolicy {

    /** The name used on the command line and in reports. */
    String name();

    /** How often the policy wants a round, in minutes. */
    int intervalMinutes();

    /** How many minutes of demand history the policy reads from the snapshot. */
    int historyMinutes();

    /**
     * Decides which VMs to migrate now. Every move of the plan respects capacity, maintenance, pinning, the rules
     * and the concurrency limits of {@code constraints}.
     */
    Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints);
}

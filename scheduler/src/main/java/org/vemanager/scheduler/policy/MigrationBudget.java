package org.vemanager.scheduler.policy;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A cap on migrations in any sliding window: at most {@code perVmPerDay} × VMs moves in the last 24 hours. Power
 * mode spends it on consolidation, which is optional, and only when a whole host's evacuation fits in what is
 * left, so that it never starts a drain it may not finish; moves that relieve overload are recorded too but never
 * refused (overload is unmet demand now, a budget overrun only a cost).
 */
final class MigrationBudget {

    static final long DAY_MINUTES = 1440;

    private final double perVmPerDay;
    private final Deque<Long> moves = new ArrayDeque<>();

    MigrationBudget(double perVmPerDay) {
        if (!(perVmPerDay >= 0)) {
            throw new IllegalArgumentException("migration budget must be >= 0 per VM per day, not " + perVmPerDay);
        }
        this.perVmPerDay = perVmPerDay;
    }

    /** Moves still allowed at {@code minute} in a cluster of {@code vms} VMs (never negative). */
    int left(long minute, int vms) {
        forgetBefore(minute - DAY_MINUTES);
        return Math.max(0, (int) Math.floor(perVmPerDay * vms) - moves.size());
    }

    /** Records {@code count} moves made at {@code minute}. */
    void spend(long minute, int count) {
        for (int i = 0; i < count; i++) {
            moves.addLast(minute);
        }
    }

    private void forgetBefore(long cutoff) {
        while (!moves.isEmpty() && moves.peekFirst() <= cutoff) {
            moves.removeFirst();
        }
    }
}

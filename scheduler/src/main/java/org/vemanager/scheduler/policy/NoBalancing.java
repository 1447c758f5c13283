package org.vemanager.scheduler.policy;

import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.model.ClusterSnapshot;

/** The baselines without migration: VMs stay where the initial placement put them. */
public final class NoBalancing implements SchedulerPolicy {

    private final String name;

    /** @param name "none" (round-robin placement) or "least-loaded" (least-loaded placement) */
    public NoBalancing(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int intervalMinutes() {
        return 60;
    }

    @Override
    public int historyMinutes() {
        return 1;
    }

    @Override
    public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        return Plan.empty(name, "no balancing");
    }
}

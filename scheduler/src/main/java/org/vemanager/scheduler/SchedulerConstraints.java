package org.vemanager.scheduler;

import java.util.List;
import java.util.Objects;
import org.vemanager.scheduler.model.AffinityRule;

/**
 * The limits every plan respects (capacity, maintenance and pinning come with the snapshot).
 *
 * @param maxMigrationsPerHost concurrent migrations a host may take part in (as source or destination)
 * @param maxMigrationsTotal   concurrent migrations in the whole cluster, i.e. moves per plan
 * @param rules                VM-VM affinity and anti-affinity rules
 * @param costModel            how a migration's cost is predicted
 */
public record SchedulerConstraints(int maxMigrationsPerHost, int maxMigrationsTotal, List<AffinityRule> rules,
    MigrationCostModel costModel) {

    public SchedulerConstraints {
        if (maxMigrationsPerHost < 1 || maxMigrationsTotal < 1) {
            throw new IllegalArgumentException("migration limits must be at least 1, got per host " + maxMigrationsPerHost
                + ", total " + maxMigrationsTotal);
        }
        rules = List.copyOf(rules);
        Objects.requireNonNull(costModel, "costModel");
    }

    /** Two migrations per host, eight in the cluster, no rules, the default cost model. */
    public static SchedulerConstraints defaults() {
        return new SchedulerConstraints(2, 8, List.of(), MigrationCostModel.defaults());
    }

    /** The same limits with other rules. */
    public SchedulerConstraints withRules(List<AffinityRule> newRules) {
        return new SchedulerConstraints(maxMigrationsPerHost, maxMigrationsTotal, newRules, costModel);
    }
}

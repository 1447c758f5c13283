package org.vemanager.scheduler.model;

import java.util.List;
import java.util.Objects;

/**
 * A VM-VM placement rule.
 *
 * @param name a name to quote in explanations
 * @param kind {@link Kind#AFFINITY}: all members on one host; {@link Kind#ANTI_AFFINITY}: no two members on one host
 * @param vms  the member VM ids (at least two)
 */
public record AffinityRule(String name, Kind kind, List<String> vms) {

    /** Whether members must be together or apart. */
    public enum Kind { AFFINITY, ANTI_AFFINITY }

    public AffinityRule {
        Objects.requireNonNull(name, "rule name");
        Objects.requireNonNull(kind, "rule kind");
        vms = List.copyOf(vms);
        if (vms.size() < 2) {
            throw new IllegalArgumentException("rule " + name + ": needs at least two VMs, got " + vms);
        }
    }
}

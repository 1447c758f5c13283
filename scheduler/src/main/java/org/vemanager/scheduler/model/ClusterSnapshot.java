package org.vemanager.scheduler.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scheduler knows about a cluster at one moment: hosts, VMs and where each VM runs.
 * Immutable; the lists keep the caller's order, which keeps plans deterministic.
 *
 * @param minute the time of the snapshot in minutes (any epoch; used for cooldowns)
 * @param hosts  the hosts
 * @param vms    the VMs, each placed on one of the hosts
 */
public record ClusterSnapshot(long minute, List<Host> hosts, List<Vm> vms) {

    public ClusterSnapshot {
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Set<String> hostIds = new HashSet<>();
        for (Host h : hosts) {
            if (!hostIds.add(h.id())) {
                throw new IllegalArgumentException("duplicate host id " + h.id());
            }
        }
        Set<String> vmIds = new HashSet<>();
        for (Vm v : vms) {
            if (!vmIds.add(v.id())) {
                throw new IllegalArgumentException("duplicate vm id " + v.id());
            }
            if (!hostIds.contains(v.host())) {
                throw new IllegalArgumentException("vm " + v.id() + " is on unknown host " + v.host());
            }
        }
    }

    /** Host id → index in {@link #hosts()}. */
    public Map<String, Integer> hostIndex() {
        Map<String, Integer> index = new HashMap<>(hosts.size() * 2);
        for (int i = 0; i < hosts.size(); i++) {
            index.put(hosts.get(i).id(), i);
        }
        return index;
    }
}

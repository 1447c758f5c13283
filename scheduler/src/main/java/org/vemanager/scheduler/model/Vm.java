package org.vemanager.scheduler.model;

import java.util.Objects;

/**
 * One running VM as the scheduler sees it.
 *
 * @param id            the VM's name (unique in the snapshot)
 * @param host          the id of the host it runs on
 * @param vcpus         its virtual CPUs: it can never use more than this many cores
 * @param memory        its memory in GiB (what a migration has to copy)
 * @param demandHistory the CPU it wanted, in cores, one sample a minute, oldest first (may be empty)
 * @param pinned        true when it must not be migrated
 */
public record Vm(String id, String host, int vcpus, double memory, double[] demandHistory, boolean pinned) {

    public Vm {
        Objects.requireNonNull(id, "vm id");
        Objects.requireNonNull(host, "host of vm " + id);
        if (vcpus <= 0 || !(memory > 0)) {
            throw new IllegalArgumentException("vm " + id + ": vcpus and memory must be positive, got vcpus=" + vcpus
                + " memory=" + memory);
        }
        demandHistory = demandHistory == null ? new double[0] : demandHistory;
    }

    /** The most recent demand sample in cores, or 0 when there is none. */
    public double lastDemand() {
        return demandHistory.length == 0 ? 0 : demandHistory[demandHistory.length - 1];
    }

    /** The same VM on another host. */
    public Vm on(String otherHost) {
        return new Vm(id, otherHost, vcpus, memory, demandHistory, pinned);
    }
}

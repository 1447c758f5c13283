package org.vemanager.scheduler.model;

import java.util.Objects;

/**
 * One host as the scheduler sees it.
 *
 * @param id          the host's name (unique in the snapshot)
 * @param cpuCapacity CPU capacity in cores
 * @param memCapacity memory capacity in GiB
 * @param maintenance true when the host is entering maintenance: every VM must leave it
 * @param loadHistory CPU used on the host in cores, one sample a minute, oldest first (may be empty)
 */
public record Host(String id, double cpuCapacity, double memCapacity, boolean maintenance, double[] loadHistory) {

    public Host {
        Objects.requireNonNull(id, "host id");
        if (!(cpuCapacity > 0) || !(memCapacity > 0)) {
            throw new IllegalArgumentException("host " + id + ": capacities must be positive, got cpu=" + cpuCapacity
                + " mem=" + memCapacity);
        }
        loadHistory = loadHistory == null ? new double[0] : loadHistory;
    }

    public Host(String id, double cpuCapacity, double memCapacity) {
        this(id, cpuCapacity, memCapacity, false, new double[0]);
    }

    /** The most recent load sample, or 0 when there is none. */
    public double lastLoad() {
        return loadHistory.length == 0 ? 0 : loadHistory[loadHistory.length - 1];
    }
}

package org.vemanager.scheduler.sim;

import org.vemanager.scheduler.SchedulerConstraints;

/**
 * The simulated cluster: identical hosts, the scheduler's constraints, and whether level 1 runs on the hosts.
 *
 * @param hosts        number of hosts
 * @param coresPerHost CPU cores per host
 * @param memPerHost   GiB per host
 * @param seed         seed of the VM size draw and of the randomised baselines
 * @param constraints  migration limits and cost model
 * @param cpuModel     how hosts divide CPU between their VMs
 */
public record ClusterSetup(int hosts, double coresPerHost, double memPerHost, long seed, SchedulerConstraints constraints,
    CpuModel cpuModel) {

    public ClusterSetup {
        if (hosts < 1 || !(coresPerHost > 0) || !(memPerHost > 0)) {
            throw new IllegalArgumentException("hosts, cores and memory must be positive, got " + hosts + ", " + coresPerHost
                + ", " + memPerHost);
        }
    }

    /** The benchmark's hosts: 16 cores and 192 GiB each. */
    public static ClusterSetup standard(int hosts, long seed) {
        return new ClusterSetup(hosts, 16, 192, seed, SchedulerConstraints.defaults(), CpuModel.EQUAL_SHARES);
    }

    public ClusterSetup with(CpuModel model) {
        return new ClusterSetup(hosts, coresPerHost, memPerHost, seed, constraints, model);
    }
}

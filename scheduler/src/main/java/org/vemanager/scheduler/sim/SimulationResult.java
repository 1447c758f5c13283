package org.vemanager.scheduler.sim;

/**
 * What one simulation measured. CPU quantities are core-minutes.
 *
 * @param policy            the level-2 policy
 * @param trace             the trace's name
 * @param hosts             hosts in the cluster
 * @param vms               VMs in the trace
 * @param days              simulated days
 * @param cpuModel          how hosts divided their CPU
 * @param sigma             time-averaged standard deviation of host CPU utilisation (active hosts)
 * @param over90            share of active host-minutes with demand above 90% of capacity
 * @param vmDemand          CPU the VMs wanted
 * @param overhead          CPU spent on migrations (source and destination)
 * @param served            CPU delivered (to VMs and to migrations)
 * @param unmet             CPU wanted and not delivered (contention, migration slowdown and downtime)
 * @param starvedVmMinutes  VM-minutes in which a VM got less than 90% of its demand
 * @param migrations        migrations done
 * @param gibMoved          GiB sent by migrations
 * @param hostsUsed         time-averaged hosts powered on
 * @param rounds            decision rounds
 * @param decisionMeanMs    mean wall time of a decision round
 * @param decisionP99Ms     99th percentile of the decision rounds
 * @param decisionMaxMs     longest decision round (includes JIT warm-up)
 * @param decisionCpuP99Ms  99th percentile of the decision rounds in thread CPU time
 */
public record SimulationResult(String policy, String trace, int hosts, int vms, double days, CpuModel cpuModel, double sigma,
    double over90, double vmDemand, double overhead, double served, double unmet, long starvedVmMinutes, int migrations,
    double gibMoved, double hostsUsed, int rounds, double decisionMeanMs, double decisionP99Ms, double decisionMaxMs,
    double decisionCpuP99Ms) {

    /** Migrations per VM per day. */
    public double migrationsPerVmDay() {
        return migrations / (double) vms / days;
    }

    /** Unmet CPU as a share of the VMs' demand. */
    public double unmetShare() {
        return vmDemand == 0 ? 0 : unmet / vmDemand;
    }
}

package org.vemanager.console.client;

import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * One VM as the cluster views show it.
 *
 * @param path the VM's CIM path on its node
 * @param vcpus virtual CPUs, or -1 when the node did not say
 * @param memoryMiB memory in MiB, or -1 when the node did not say
 */
public record VmSummary(String node, CIMObjectPath path, String uuid, String name, VmState state, int vcpus, long memoryMiB) {

    public VmSummary withSize(int newVcpus, long newMemoryMiB) {
        return new VmSummary(node, path, uuid, name, state, newVcpus, newMemoryMiB);
    }
}

package org.vemanager.scheduler.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;

/**
 * A seeded random cluster for timing decision rounds at sizes the traces do not reach (20,000 VMs on
 * 1,000 hosts): 16-core, 192 GiB hosts; VMs with 1–4 vCPUs, 1–8 GiB, an hour of per-minute demand around a
 * per-VM level, placed round-robin with a deliberate skew so that there is something to balance.
 */
final class SyntheticCluster {

    private SyntheticCluster() {
    }

    static ClusterSnapshot create(int vms, int hosts, long seed) {
        Random random = new Random(seed);
        List<Host> hostList = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            hostList.add(new Host("h" + h, 16, 192));
        }
        List<Vm> vmList = new ArrayList<>(vms);
        for (int v = 0; v < vms; v++) {
            int vcpus = 1 + random.nextInt(4);
            double level = random.nextDouble() * 0.3 * vcpus;
            double[] history = new double[60];
            for (int i = 0; i < history.length; i++) {
                history[i] = Math.min(vcpus, Math.max(0, level * (1 + 0.5 * random.nextGaussian())));
            }
            // a quarter of the VMs crowd onto the first tenth of the hosts: an imbalance to repair
            int host = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, hosts / 10)) : v % hosts;
            vmList.add(new Vm("vm" + v, "h" + host, vcpus, 1 << random.nextInt(3), history, false));
        }
        return new ClusterSnapshot(0, hostList, vmList);
    }
}

package org.vemanager.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;

/** Seeded random clusters for the rule tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code hosts} 16-core 64 GiB hosts; VMs crowded on the first host and spread elsewhere, flat demand histories. */
    public static ClusterSnapshot skewed(int hosts, int vms, long seed, String maintenanceHost) {
        Random random = new Random(seed);
        List<Host> hostList = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            hostList.add(new Host("h" + h, 16, 64, ("h" + h).equals(maintenanceHost), new double[0]));
        }
        List<Vm> vmList = new ArrayList<>();
        for (int v = 0; v < vms; v++) {
            int vcpus = 1 + random.nextInt(4);
            double[] history = new double[30];
            Arrays.fill(history, vcpus * (0.2 + 0.6 * random.nextDouble()));
            String host = v % 3 == 0 ? "h0" : "h" + (v % hosts);
            vmList.add(new Vm("vm" + v, host, vcpus, 1 + random.nextInt(4), history, false));
        }
        return new ClusterSnapshot(1000, hostList, vmList);
    }

    /** The same snapshot with some VMs pinned. */
    public static ClusterSnapshot pin(ClusterSnapshot s, List<String> pinned) {
        List<Vm> vms = s.vms().stream()
            .map(v -> pinned.contains(v.id()) ? new Vm(v.id(), v.host(), v.vcpus(), v.memory(), v.demandHistory(), true) : v)
            .toList();
        return new ClusterSnapshot(s.minute(), s.hosts(), vms);
    }

    /** The placement after a plan's moves: VM id → host id. */
    public static java.util.Map<String, String> after(ClusterSnapshot s, Plan plan) {
        java.util.Map<String, String> placement = new java.util.HashMap<>();
        s.vms().forEach(v -> placement.put(v.id(), v.host()));
        for (Move m : plan.moves()) {
            if (!placement.get(m.vm()).equals(m.from())) {
                throw new AssertionError("move from the wrong host: " + m);
            }
            placement.put(m.vm(), m.to());
        }
        return placement;
    }
}

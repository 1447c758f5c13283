package org.vemanager.scheduler.level1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;
import org.vemanager.scheduler.policy.DemandPredictor;

/**
 * Level 1: divides one host between its VMs. CPU shares are proportional to each VM's predicted demand, with a
 * floor so that an idle VM can still wake up. Balloons act only under memory pressure (the VMs' configured
 * memory exceeds what the host can give them after a reserve): then each VM gets its predicted working set plus
 * headroom, never more than its configured memory, scaled down together when the host is still short. Without
 * pressure every VM keeps its configured memory: a balloon would take memory nobody needs and cost the guest
 * its page cache.
 *
 * <p>Runs in the node-agent on each host; here it is also used by the simulator.
 */
public final class Level1Balancer {

    /** libvirt's default weight: static equal shares give every VM this. */
    public static final int DEFAULT_SHARES = 1024;
    private static final int MIN_SHARES = 64;
    private static final double FLOOR_CORES = 0.05;
    /** Share of the host's memory kept for the hypervisor and page tables: beyond the rest there is pressure. */
    private static final double HOST_MEMORY_RESERVE = 0.1;

    private final DemandPredictor predictor;
    private final double memoryBase;
    private final double memoryHeadroom;

    /**
     * @param predictor      demand prediction per VM
     * @param memoryBase     share of configured memory assumed always resident (0..1)
     * @param memoryHeadroom extra share of configured memory on top of the activity-driven part (0..1)
     */
    public Level1Balancer(DemandPredictor predictor, double memoryBase, double memoryHeadroom) {
        this.predictor = predictor;
        this.memoryBase = memoryBase;
        this.memoryHeadroom = memoryHeadroom;
    }

    /** How each VM's demand is predicted. */
    public DemandPredictor predictor() {
        return predictor;
    }

    public static Level1Balancer defaults() {
        return new Level1Balancer(DemandPredictor.defaults(), 0.3, 0.1);
    }

    /** The allocation of every VM on the host, by VM id, in the VMs' order. */
    public Map<String, Allocation> allocate(Host host, List<Vm> vms) {
        double[] weight = new double[vms.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            Vm vm = vms.get(i);
            weight[i] = Math.max(FLOOR_CORES, Math.min(vm.vcpus(), predictor.predict(vm.demandHistory())));
            total += weight[i];
        }
        double configured = vms.stream().mapToDouble(Vm::memory).sum();
        double forVms = host.memCapacity() * (1 - HOST_MEMORY_RESERVE);
        boolean pressure = configured > forVms;
        double[] memory = new double[vms.size()];
        double memTotal = 0;
        for (int i = 0; i < memory.length; i++) {
            Vm vm = vms.get(i);
            double activity = Math.min(1, weight[i] / vm.vcpus());
            memory[i] = pressure
                ? Math.min(vm.memory(), vm.memory() * (memoryBase + memoryHeadroom + (1 - memoryBase) * activity))
                : vm.memory();
            memTotal += memory[i];
        }
        double memScale = pressure && memTotal > forVms ? forVms / memTotal : 1;
        Map<String, Allocation> result = new LinkedHashMap<>();
        for (int i = 0; i < weight.length; i++) {
            int shares = (int) Math.max(MIN_SHARES, Math.round(DEFAULT_SHARES * weight.length * weight[i] / total));
            result.put(vms.get(i).id(), new Allocation(shares, memory[i] * memScale));
        }
        return result;
    }
}

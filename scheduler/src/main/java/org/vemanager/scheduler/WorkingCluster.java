package org.vemanager.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vemanager.scheduler.model.AffinityRule;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;

/**
 * A mutable copy of a snapshot's placement on which a policy tries moves. It keeps per-host sums
 * incrementally (so trying a move is O(1)) and is the one place where every hard rule is checked:
 * CPU and memory capacity, maintenance, pinning, affinity and anti-affinity, and the concurrency limits.
 * Policies differ only in which moves they ask for.
 */
public final class WorkingCluster {

    private final ClusterSnapshot snapshot;
    private final SchedulerConstraints constraints;
    private final double[] demand;
    private final int[] vmHost;
    private final double[] hostLoad;
    private final double[] hostMem;
    private final int[] hostMigrations;
    private final List<List<Integer>> hostVms;
    private final int[][][] rulesOfVm;
    private final AffinityRule.Kind[][] ruleKindsOfVm;
    private final boolean[] moved;
    private final List<Move> moves = new ArrayList<>();

    /** A working cluster that reasons with each VM's last observed demand (the reactive policies' view). */
    public static WorkingCluster atLastDemand(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
        double[] last = new double[snapshot.vms().size()];
        for (int i = 0; i < last.length; i++) {
            last[i] = snapshot.vms().get(i).lastDemand();
        }
        return new WorkingCluster(snapshot, constraints, last);
    }

    /**
     * @param snapshot    the cluster
     * @param constraints the limits
     * @param demand      the CPU demand in cores the policy reasons with, one per VM of the snapshot, same order
     */
    public WorkingCluster(ClusterSnapshot snapshot, SchedulerConstraints constraints, double[] demand) {
        if (demand.length != snapshot.vms().size()) {
            throw new IllegalArgumentException("demand has " + demand.length + " entries for " + snapshot.vms().size() + " VMs");
        }
        this.snapshot = snapshot;
        this.constraints = constraints;
        this.demand = demand.clone();
        int hosts = snapshot.hosts().size();
        int vms = snapshot.vms().size();
        hostLoad = new double[hosts];
        hostMem = new double[hosts];
        hostMigrations = new int[hosts];
        hostVms = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            hostVms.add(new ArrayList<>());
        }
        vmHost = new int[vms];
        moved = new boolean[vms];
        Map<String, Integer> hostIndex = snapshot.hostIndex();
        Map<String, Integer> vmIndex = new HashMap<>(vms * 2);
        for (int i = 0; i < vms; i++) {
            Vm vm = snapshot.vms().get(i);
            int h = hostIndex.get(vm.host());
            vmHost[i] = h;
            hostLoad[h] += this.demand[i];
            hostMem[h] += vm.memory();
            hostVms.get(h).add(i);
            vmIndex.put(vm.id(), i);
        }
        rulesOfVm = new int[vms][][];
        ruleKindsOfVm = new AffinityRule.Kind[vms][];
        indexRules(vmIndex);
    }

    private void indexRules(Map<String, Integer> vmIndex) {
        Map<Integer, List<int[]>> members = new HashMap<>();
        Map<Integer, List<AffinityRule.Kind>> kinds = new HashMap<>();
        for (AffinityRule rule : constraints.rules()) {
            int[] ids = rule.vms().stream().filter(vmIndex::containsKey).mapToInt(vmIndex::get).toArray();
            for (int v : ids) {
                members.computeIfAbsent(v, k -> new ArrayList<>()).add(ids);
                kinds.computeIfAbsent(v, k -> new ArrayList<>()).add(rule.kind());
            }
        }
        for (Map.Entry<Integer, List<int[]>> e : members.entrySet()) {
            rulesOfVm[e.getKey()] = e.getValue().toArray(new int[0][]);
            ruleKindsOfVm[e.getKey()] = kinds.get(e.getKey()).toArray(new AffinityRule.Kind[0]);
        }
    }

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    public int hostCount() {
        return hostLoad.length;
    }

    public int vmCount() {
        return vmHost.length;
    }

    public Host host(int h) {
        return snapshot.hosts().get(h);
    }

    public Vm vm(int v) {
        return snapshot.vms().get(v);
    }

    public double demand(int v) {
        return demand[v];
    }

    public int hostOf(int v) {
        return vmHost[v];
    }

    /** Predicted CPU load of a host in cores. */
    public double load(int h) {
        return hostLoad[h];
    }

    /** Predicted CPU utilisation of a host (load / capacity). */
    public double utilisation(int h) {
        return hostLoad[h] / host(h).cpuCapacity();
    }

    public double memoryUsed(int h) {
        return hostMem[h];
    }

    /** The VMs now on a host (a live view; do not modify). */
    public List<Integer> vmsOn(int h) {
        return hostVms.get(h);
    }

    public boolean movedThisRound(int v) {
        return moved[v];
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    /** True while another migration may start in the cluster. */
    public boolean budgetLeft() {
        return moves.size() < constraints.maxMigrationsTotal();
    }

    /** True while the host may take part in one more migration. */
    public boolean hostHasSlot(int h) {
        return hostMigrations[h] < constraints.maxMigrationsPerHost();
    }

    /** The predicted cost of migrating a VM. */
    public MigrationCost cost(int v) {
        return constraints.costModel().cost(vm(v).memory(), demand[v]);
    }

    /**
     * Whether a VM may move to a host with its CPU kept at or under {@code cpuLimit} × capacity.
     * Checks every hard rule; never true for the VM's own host.
     */
    public boolean canMove(int v, int dst, double cpuLimit) {
        return whyNot(v, dst, cpuLimit) == null;
    }

    /** Null if the move is allowed, else the rule it breaks. */
    public String whyNot(int v, int dst, double cpuLimit) {
        int src = vmHost[v];
        Vm vm = vm(v);
        Host to = host(dst);
        if (dst == src) {
            return "already there";
        }
        if (vm.pinned()) {
            return "pinned";
        }
        if (moved[v]) {
            return "already moving";
        }
        if (to.maintenance()) {
            return "destination in maintenance";
        }
        if (!budgetLeft() || !hostHasSlot(src) || !hostHasSlot(dst)) {
            return "concurrency limit";
        }
        if (hostMem[dst] + vm.memory() > to.memCapacity() + 1e-9) {
            return "memory";
        }
        if (hostLoad[dst] + demand[v] > cpuLimit * to.cpuCapacity() + 1e-9) {
            return "cpu";
        }
        return ruleBroken(v, dst);
    }

    private String ruleBroken(int v, int dst) {
        int[][] rules = rulesOfVm[v];
        if (rules == null) {
            return null;
        }
        for (int r = 0; r < rules.length; r++) {
            for (int other : rules[r]) {
                if (other == v) {
                    continue;
                }
                boolean otherThere = vmHost[other] == dst;
                if (ruleKindsOfVm[v][r] == AffinityRule.Kind.ANTI_AFFINITY && otherThere) {
                    return "anti-affinity";
                }
                if (ruleKindsOfVm[v][r] == AffinityRule.Kind.AFFINITY && !otherThere) {
                    return "affinity";
                }
            }
        }
        return null;
    }

    /** True when another member of one of the VM's anti-affinity rules runs on the same host. */
    public boolean breaksAntiAffinity(int v) {
        int[][] rules = rulesOfVm[v];
        for (int r = 0; rules != null && r < rules.length; r++) {
            if (ruleKindsOfVm[v][r] != AffinityRule.Kind.ANTI_AFFINITY) {
                continue;
            }
            for (int other : rules[r]) {
                if (other != v && vmHost[other] == vmHost[v]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The members of the VM's affinity group (itself included), or just itself. */
    public int[] affinityGroup(int v) {
        int[][] rules = rulesOfVm[v];
        if (rules == null) {
            return new int[] {v};
        }
        TreeSet<Integer> group = new TreeSet<>();
        group.add(v);
        for (int r = 0; r < rules.length; r++) {
            if (ruleKindsOfVm[v][r] == AffinityRule.Kind.AFFINITY) {
                for (int other : rules[r]) {
                    group.add(other);
                }
            }
        }
        return group.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether a whole affinity group may move together to a host (the group's members all on one source host,
     * anti-affinity with VMs outside the group respected).
     */
    public boolean canMoveGroup(int[] group, int dst, double cpuLimit) {
        double cpu = 0;
        double mem = 0;
        Host to = host(dst);
        for (int v : group) {
            if (vmHost[v] == dst || vm(v).pinned() || moved[v] || vmHost[v] != vmHost[group[0]]) {
                return false;
            }
            cpu += demand[v];
            mem += vm(v).memory();
        }
        int src = vmHost[group[0]];
        if (to.maintenance() || moves.size() + group.length > constraints.maxMigrationsTotal()
            || hostMigrations[src] + group.length > constraints.maxMigrationsPerHost()
            || hostMigrations[dst] + group.length > constraints.maxMigrationsPerHost()) {
            return false;
        }
        if (hostMem[dst] + mem > to.memCapacity() + 1e-9 || hostLoad[dst] + cpu > cpuLimit * to.cpuCapacity() + 1e-9) {
            return false;
        }
        for (int v : group) {
            int[][] rules = rulesOfVm[v];
            for (int r = 0; rules != null && r < rules.length; r++) {
                if (ruleKindsOfVm[v][r] != AffinityRule.Kind.ANTI_AFFINITY) {
                    continue;
                }
                for (int other : rules[r]) {
                    if (other != v && vmHost[other] == dst) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Records a move the caller has checked with {@link #canMove} or {@link #canMoveGroup}. */
    public Move apply(int v, int dst, double expectedGain, String reason) {
        int src = vmHost[v];
        if (src == dst || moved[v]) {
            throw new IllegalStateException("invalid move of " + vm(v).id() + " to " + host(dst).id());
        }
        hostLoad[src] -= demand[v];
        hostLoad[dst] += demand[v];
        hostMem[src] -= vm(v).memory();
        hostMem[dst] += vm(v).memory();
        hostVms.get(src).remove(Integer.valueOf(v));
        hostVms.get(dst).add(v);
        vmHost[v] = dst;
        moved[v] = true;
        hostMigrations[src]++;
        hostMigrations[dst]++;
        Move move = new Move(vm(v).id(), host(src).id(), host(dst).id(), expectedGain, cost(v), reason);
        moves.add(move);
        return move;
    }

    /** Population standard deviation of host utilisation over the given hosts (all when {@code active} is null). */
    public double utilisationStdDev(boolean[] active) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int h = 0; h < hostLoad.length; h++) {
            if (active == null || active[h]) {
                double u = utilisation(h);
                sum += u;
                sumSq += u * u;
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    }

    /** Host indices ordered by utilisation, highest first (ties by index, for determinism). */
    public int[] hostsByUtilisationDescending() {
        Integer[] order = new Integer[hostLoad.length];
        for (int h = 0; h < order.length; h++) {
            order[h] = h;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(utilisation(b), utilisation(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The plan of the moves applied so far. */
    public Plan toPlan(String policy, List<String> notes) {
        return new Plan(policy, moves, notes);
    }
}

package org.vemanager.scheduler.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vemanager.scheduler.MigrationCost;
import org.vemanager.scheduler.Move;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.level1.Allocation;
import org.vemanager.scheduler.level1.Level1Balancer;
import org.vemanager.scheduler.level1.ShareScheduler;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;
import org.vemanager.scheduler.policy.VemPowerSaver;

/**
 * Discrete-time cluster simulator, one tick a minute. A trace's 5-minute samples are held for their five minutes
 * (the trace says what the VM used on average in that window; we invent nothing inside it). A VM's demand is
 * its trace percentage × its vCPUs. Each tick: demands are read; if it is the policy's round, the policy plans
 * from a snapshot and its moves start (their CPU overhead is charged to source and destination this tick, the
 * VM's slowdown and downtime count as unmet demand, the moves take effect next tick); then each host divides its
 * capacity between its VMs as the {@link CpuModel} says (work-conserving shares, or caps; equal or from level 1,
 * which recomputes every 5 minutes). Every minute's demand is either served or counted unmet.
 */
public final class ClusterSimulator {

    private static final int HOST_HISTORY = 10;
    private static final double STARVED = 0.9;
    private static final int LEVEL1_PERIOD = 5;
    /** Decision rounds are also timed in thread CPU time: on a shared machine wall time mostly measures the neighbours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Trace trace;
    private final ClusterSetup setup;
    private final VmSizing sizing;
    private final Level1Balancer level1 = Level1Balancer.defaults();

    public ClusterSimulator(Trace trace, ClusterSetup setup) {
        this.trace = trace;
        this.setup = setup;
        this.sizing = VmSizing.draw(trace.vmCount(), setup.seed());
    }

    /** Runs the whole trace under a policy, starting from the given placement. */
    public SimulationResult run(SchedulerPolicy policy, InitialPlacement placement) {
        return new Run(policy, placement).execute();
    }

    private final class Run {
        private final SchedulerPolicy policy;
        private final int vms = trace.vmCount();
        private final int hosts = setup.hosts();
        private final double cores = setup.coresPerHost();
        private final int vmHistory;
        private final double[][] demandRing;
        private final double[][] hostRing = new double[setup.hosts()][HOST_HISTORY];
        private final int[] hostOf;
        private final double[] demand = new double[trace.vmCount()];
        private final double[] hostDemand = new double[setup.hosts()];
        private final double[] hostLoss = new double[setup.hosts()];
        private final String[] hostIds = new String[setup.hosts()];
        private final Map<String, Integer> vmIndex = new java.util.HashMap<>();
        private final Map<String, Integer> hostIndex = new java.util.HashMap<>();
        private final List<Double> decisionMs = new ArrayList<>();
        private final List<Double> decisionCpuMs = new ArrayList<>();
        private final int reserve;
        private final int[] shares = new int[trace.vmCount()];
        private double vmDemand;
        private double overhead;
        private double served;
        private double unmet;
        private long starved;
        private int migrations;
        private double gib;
        private double sigmaSum;
        private long over90;
        private long activeHostMinutes;

        Run(SchedulerPolicy policy, InitialPlacement placement) {
            this.policy = policy;
            this.reserve = policy instanceof VemPowerSaver p ? p.reserve() : -1;
            this.vmHistory = Math.max(policy.historyMinutes(), setup.cpuModel().level1() ? level1.predictor().windowMinutes() : 1);
            // one slot more than the window: the current minute is written before a decision reads the window before it
            this.demandRing = new double[vms][vmHistory + 1];
            Arrays.fill(shares, Level1Balancer.DEFAULT_SHARES);
            double[] first = new double[vms];
            double[] mean = new double[vms];
            for (int v = 0; v < vms; v++) {
                first[v] = trace.percent()[v][0] / 100 * sizing.vcpus()[v];
                for (double p : trace.percent()[v]) {
                    mean[v] += p / 100 * sizing.vcpus()[v] / trace.percent()[v].length;
                }
                vmIndex.put(trace.vmNames().get(v), v);
            }
            for (int h = 0; h < hosts; h++) {
                hostIds[h] = "host" + h;
                hostIndex.put(hostIds[h], h);
            }
            this.hostOf = placement.place(first, mean, sizing.memory(), cores, setup.memPerHost(), hosts);
        }

        SimulationResult execute() {
            int minutes = trace.minutes();
            List<Move> pending = List.of();
            for (int t = 0; t < minutes; t++) {
                for (Move m : pending) {
                    hostOf[vmIndex.get(m.vm())] = hostIndex.get(m.to());
                }
                readDemand(t);
                Arrays.fill(hostLoss, 0);
                pending = t % policy.intervalMinutes() == 0 && t > 0 ? decide(t) : List.of();
                serve(t);
            }
            double days = minutes / 1440.0;
            double meanMs = decisionMs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double[] sorted = decisionMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double maxMs = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
            double p99 = p99(sorted);
            double cpuP99 = p99(decisionCpuMs.stream().mapToDouble(Double::doubleValue).sorted().toArray());
            return new SimulationResult(policy.name(), trace.name(), hosts, vms, days, setup.cpuModel(), sigmaSum / minutes,
                activeHostMinutes == 0 ? 0 : over90 / (double) activeHostMinutes, vmDemand, overhead, served, unmet, starved,
                migrations, gib, activeHostMinutes / (double) minutes + reserveAverage(minutes), decisionMs.size(), meanMs, p99,
                maxMs, cpuP99);
        }

        private double reserveMinutes;

        private static double p99(double[] sorted) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)];
        }

        private double reserveAverage(int minutes) {
            return reserveMinutes / minutes;
        }

        private void readDemand(int t) {
            int sample = t / trace.sampleMinutes();
            int slot = t % (vmHistory + 1);
            Arrays.fill(hostDemand, 0);
            for (int v = 0; v < vms; v++) {
                double d = trace.percent()[v][sample] / 100 * sizing.vcpus()[v];
                demand[v] = d;
                demandRing[v][slot] = d;
                hostDemand[hostOf[v]] += d;
                vmDemand += d;
            }
        }

        private List<Move> decide(int t) {
            ClusterSnapshot snapshot = snapshot(t);
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Plan plan = policy.plan(snapshot, setup.constraints());
            decisionMs.add((System.nanoTime() - start) / 1e6);
            decisionCpuMs.add((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            List<Move> started = new ArrayList<>();
            double[] memUsed = memoryUsed();
            for (Move m : plan.moves()) {
                int v = vmIndex.get(m.vm());
                int to = hostIndex.get(m.to());
                if (memUsed[to] + sizing.memory()[v] > setup.memPerHost() + 1e-9 || hostOf[v] != hostIndex.get(m.from())) {
                    throw new IllegalStateException(policy.name() + " planned an impossible move: " + m.explain());
                }
                memUsed[to] += sizing.memory()[v];
                memUsed[hostOf[v]] -= sizing.memory()[v];
                MigrationCost actual = setup.constraints().costModel().cost(sizing.memory()[v], demand[v]);
                double share = Math.min(1, actual.predictedSeconds() / 60);
                double src = setup.constraints().costModel().sourceOverhead() * share;
                double dst = setup.constraints().costModel().destOverhead() * share;
                hostDemand[hostOf[v]] += src;
                hostDemand[to] += dst;
                overhead += src + dst;
                double loss = demand[v] * (setup.constraints().costModel().slowdown() * share
                    + Math.min(1, actual.predictedDowntime() / 60));
                hostLoss[hostOf[v]] += Math.min(demand[v], loss);
                migrations++;
                gib += actual.gibibytes();
                started.add(m);
            }
            return started;
        }

        private double[] memoryUsed() {
            double[] used = new double[hosts];
            for (int v = 0; v < vms; v++) {
                used[hostOf[v]] += sizing.memory()[v];
            }
            return used;
        }

        /**
         * What a decision at minute t can know: demand measured up to minute t − 1, never the minute it acts in —
         * except the {@link ClairvoyantChaser}, a bound that is meant to see it.
         */
        private ClusterSnapshot snapshot(int t) {
            int last = policy instanceof ClairvoyantChaser ? t : t - 1;
            int n = Math.min(vmHistory, last + 1);
            List<Host> hostList = new ArrayList<>(hosts);
            int hn = Math.min(HOST_HISTORY, t);
            for (int h = 0; h < hosts; h++) {
                double[] load = new double[hn];
                for (int i = 0; i < hn; i++) {
                    load[i] = hostRing[h][Math.floorMod(t - hn + i, HOST_HISTORY)];
                }
                hostList.add(new Host(hostIds[h], cores, setup.memPerHost(), false, load));
            }
            List<Vm> vmList = new ArrayList<>(vms);
            for (int v = 0; v < vms; v++) {
                double[] history = history(v, last, n);
                vmList.add(new Vm(trace.vmNames().get(v), hostIds[hostOf[v]], sizing.vcpus()[v], sizing.memory()[v], history, false));
            }
            return new ClusterSnapshot(t, hostList, vmList);
        }

        private void serve(int t) {
            int[][] onHost = vmsByHost();
            if (setup.cpuModel().level1() && t % LEVEL1_PERIOD == 0) {
                updateLevel1(onHost, t);
            }
            double sum = 0;
            double sumSq = 0;
            int active = 0;
            for (int h = 0; h < hosts; h++) {
                double load = hostDemand[h];
                double got = setup.cpuModel().capped() || load > cores ? divide(h, onHost[h]) : load;
                served += got - hostLoss[h];
                unmet += load - got + hostLoss[h];
                hostRing[h][t % HOST_HISTORY] = got;
                if (reserve >= 0 && onHost[h].length == 0) {
                    continue;
                }
                double u = load / cores;
                sum += u;
                sumSq += u * u;
                active++;
                if (u > 0.9) {
                    over90++;
                }
            }
            if (reserve >= 0) {
                reserveMinutes += Math.min(reserve, hosts - active);
            }
            activeHostMinutes += active;
            if (active > 0) {
                double mean = sum / active;
                sigmaSum += Math.sqrt(Math.max(0, sumSq / active - mean * mean));
            }
        }

        private int[][] vmsByHost() {
            int[] count = new int[hosts];
            for (int v = 0; v < vms; v++) {
                count[hostOf[v]]++;
            }
            int[][] onHost = new int[hosts][];
            for (int h = 0; h < hosts; h++) {
                onHost[h] = new int[count[h]];
                count[h] = 0;
            }
            for (int v = 0; v < vms; v++) {
                int h = hostOf[v];
                onHost[h][count[h]++] = v;
            }
            return onHost;
        }

        /** Level 1 runs on every host every few minutes and sets each VM's shares. */
        private void updateLevel1(int[][] onHost, int t) {
            if (t == 0) {
                return; // nothing measured yet: the default equal shares stand
            }
            int n = Math.min(vmHistory, t);
            for (int h = 0; h < hosts; h++) {
                List<Vm> list = new ArrayList<>(onHost[h].length);
                for (int v : onHost[h]) {
                    double[] past = history(v, t - 1, n);
                    list.add(new Vm(trace.vmNames().get(v), hostIds[h], sizing.vcpus()[v], sizing.memory()[v], past, false));
                }
                Map<String, Allocation> alloc = level1.allocate(new Host(hostIds[h], cores, setup.memPerHost()), list);
                for (int v : onHost[h]) {
                    shares[v] = alloc.get(trace.vmNames().get(v)).cpuShares();
                }
            }
        }

        /**
         * Divides a host between its VMs after the migration overhead, counts the starved VMs and returns what the
         * host served in total (overhead included).
         */
        private double divide(int h, int[] ids) {
            int n = ids.length;
            double[] want = new double[n];
            double[] weight = new double[n];
            double[] got = new double[n];
            double vmTotal = 0;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                want[i] = demand[ids[i]];
                vmTotal += want[i];
                weight[i] = setup.cpuModel().level1() ? shares[ids[i]] : staticWeight(ids[i]);
                weights += weight[i];
            }
            double overheadHere = hostDemand[h] - vmTotal;
            double forVms = Math.max(0, cores - overheadHere);
            double vmServed;
            if (setup.cpuModel().capped()) {
                vmServed = 0;
                for (int i = 0; i < n; i++) {
                    got[i] = Math.min(want[i], forVms * weight[i] / weights);
                    vmServed += got[i];
                }
            } else {
                vmServed = ShareScheduler.divide(forVms, want, weight, got);
            }
            for (int i = 0; i < n; i++) {
                if (got[i] < STARVED * want[i]) {
                    starved++;
                }
            }
            return vmServed + Math.min(cores, overheadHere);
        }

        /** Without level 1: libvirt's default of equal shares per VM; static caps follow the VM's vCPUs. */
        private double staticWeight(int v) {
            return setup.cpuModel().capped() ? sizing.vcpus()[v] : 1;
        }

        private double[] history(int v, int t, int n) {
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                h[i] = demandRing[v][Math.floorMod(t - n + 1 + i, vmHistory + 1)];
            }
            return h;
        }
    }
}

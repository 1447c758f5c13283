package org.vemanager.scheduler.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.policy.VemBalancer;
import org.vemanager.scheduler.sim.ClusterSetup;
import org.vemanager.scheduler.sim.ClusterSimulator;
import org.vemanager.scheduler.sim.SimulationResult;
import org.vemanager.scheduler.sim.Trace;
import org.vemanager.scheduler.sim.TraceReader;

/**
 * The scheduler benchmark without its command line: replays traces under every policy (all in one run, so the
 * policies see the same cluster, VM sizes and seed) and times our decision round on synthetic clusters. The
 * command line ({@code ./vem bench scheduler}) is in the console module, which also draws the chart.
 */
public final class SchedulerBench {

    /** The shared PlanetLab days, in {@code <shared>/traces/planetlab/<day>.csv}. */
    public static final List<String> DAYS = List.of("20110303", "20110306", "20110309");

    /**
     * One benchmark run.
     *
     * @param traces   trace files
     * @param hosts    cluster sizes
     * @param policies policy names ({@link PolicyCatalog#NAMES})
     * @param seed     seed of VM sizes and of the randomised baselines
     * @param minutes  replay only the first minutes of each trace (0: all of it)
     */
    public record Options(List<Path> traces, List<Integer> hosts, List<String> policies, long seed, int minutes) {

        public Options {
            traces = List.copyOf(traces);
            hosts = List.copyOf(hosts);
            policies = List.copyOf(policies);
        }
    }

    private SchedulerBench() {
    }

    /** Checks the options before anything runs, so a bad one fails at once with its name. */
    public static void validate(Options options) throws IOException {
        for (String name : options.policies()) {
            PolicyCatalog.create(name, options.seed());
        }
        for (int n : options.hosts()) {
            if (n < 1) {
                throw new IllegalArgumentException("--hosts must be at least 1, got " + n);
            }
        }
        for (Path p : options.traces()) {
            if (!Files.isReadable(p)) {
                throw new IOException("--trace " + p + ": no such readable file");
            }
        }
    }

    /** Every (trace, cluster size, policy) in one run, in that order. */
    public static List<SimulationResult> run(Options options) throws IOException {
        validate(options);
        List<SimulationResult> results = new ArrayList<>();
        for (Path file : options.traces()) {
            Trace trace = TraceReader.read(file);
            if (options.minutes() > 0) {
                trace = trace.slice(trace.vmCount(), Math.max(1, options.minutes() / trace.sampleMinutes()));
            }
            for (int n : options.hosts()) {
                ClusterSetup base = ClusterSetup.standard(n, options.seed());
                for (String name : options.policies()) {
                    ClusterSimulator sim = new ClusterSimulator(trace, base.with(PolicyCatalog.cpuModel(name)));
                    results.add(sim.run(PolicyCatalog.create(name, options.seed()), PolicyCatalog.placement(name)));
                }
            }
        }
        return results;
    }

    /** The shared days' trace files under {@code sharedDir}; fails naming the first one missing. */
    public static List<Path> sharedDays(Path sharedDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String day : DAYS) {
            Path p = sharedDir.resolve("traces").resolve("planetlab").resolve(day + ".csv");
            if (!Files.isReadable(p)) {
                throw new IOException("trace " + p + " not found; pass --trace FILE or set -Dvem.shared.dir");
            }
            files.add(p);
        }
        return files;
    }

    /** Times our policy's decision round on synthetic clusters of the sizes the issue names (wall and thread CPU time). */
    public static String decisionTimes() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        StringBuilder text = new StringBuilder("\nDecision time of one 'vem' round (synthetic cluster, 9 rounds, first 2 warm-up):\n");
        int[][] cases = {{1_000, 64}, {20_000, 1_000}};
        for (int[] c : cases) {
            var snapshot = SyntheticCluster.create(c[0], c[1], 7);
            int rounds = 9;
            double[] wall = new double[rounds - 2];
            double[] cpuMs = new double[rounds - 2];
            for (int i = 0; i < rounds; i++) {
                VemBalancer policy = new VemBalancer();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                policy.plan(snapshot, SchedulerConstraints.defaults());
                if (i >= 2) {
                    wall[i - 2] = (System.nanoTime() - start) / 1e6;
                    cpuMs[i - 2] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpuMs);
            text.append(String.format(Locale.ROOT, "  %,6d VMs on %,5d hosts: wall median %.1f ms, max %.1f ms;"
                + " CPU median %.1f ms, max %.1f ms%n", c[0], c[1], wall[wall.length / 2], wall[wall.length - 1],
                cpuMs[cpuMs.length / 2], cpuMs[cpuMs.length - 1]));
        }
        return text.toString();
    }
}

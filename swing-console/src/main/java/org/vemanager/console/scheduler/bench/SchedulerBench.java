package org.vemanager.console.scheduler.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vemanager.console.benchchart.SchedulerChart;
import org.vemanager.console.scheduler.SchedulerConstraints;
import org.vemanager.console.scheduler.policy.VemBalancer;
import org.vemanager.console.scheduler.sim.ClusterSetup;
import org.vemanager.console.scheduler.sim.ClusterSimulator;
import org.vemanager.console.scheduler.sim.SimulationResult;
import org.vemanager.console.scheduler.sim.Trace;
import org.vemanager.console.scheduler.sim.TraceReader;
import org.vemanager.console.SerialFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./vem bench scheduler}: replays CPU traces under every policy and prints the comparison table. */
@Command(name = "vem bench scheduler", mixinStandardHelpOptions = true,
    description = "Replay CPU traces on a simulated cluster under each level-2 policy and compare balance, overload, "
        + "unmet demand, migrations and decision time.")
public final class SchedulerBench implements Callable<Integer> {

    static final String[] DAYS = {"20110303", "20110306", "20110309"};

    @Option(names = "--trace", paramLabel = "FILE", description = "trace CSV (repeatable; default: the three shared PlanetLab days)")
    List<Path> traces = new ArrayList<>();

    @Option(names = "--hosts", paramLabel = "N", description = "cluster size (repeatable; default 32 and 64)")
    List<Integer> hosts = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "NAME", description = "policy (repeatable; default all): ${COMPLETION-CANDIDATES}",
        completionCandidates = Names.class)
    List<String> policies = new ArrayList<>();

    @Option(names = "--seed", description = "seed of VM sizes and randomised baselines (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the results as CSV")
    Path csv;

    @Option(names = "--chart", paramLabel = "FILE", description = "also write a PNG chart (σ and migrations per policy)")
    Path chart;

    @Option(names = "--markdown", description = "print the table as Markdown")
    boolean markdown;

    @Option(names = "--no-timing", description = "skip the synthetic decision-time cases")
    boolean noTiming;

    @Option(names = "--minutes", paramLabel = "M", hidden = true, description = "replay only the first M minutes (smoke tests)")
    int minutes;

    static final class Names extends ArrayList<String> {
        Names() {
            super(PolicyCatalog.NAMES);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        try {
            SerialFilter.install();
        } catch (IllegalStateException e) {
            System.err.println("vem bench scheduler: " + e.getMessage());
            return 2;
        }
        CommandLine cli = new CommandLine(new SchedulerBench());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("vem bench scheduler: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        List<String> names = policies.isEmpty() ? PolicyCatalog.NAMES : policies;
        for (String name : names) {
            PolicyCatalog.create(name, seed); // fails early, naming the bad policy
        }
        List<Integer> sizes = hosts.isEmpty() ? List.of(32, 64) : hosts;
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("--hosts must be at least 1, got " + n);
            }
        }
        List<SimulationResult> results = new ArrayList<>();
        for (Path file : traceFiles()) {
            Trace trace = TraceReader.read(file);
            if (minutes > 0) {
                trace = trace.slice(trace.vmCount(), Math.max(1, minutes / trace.sampleMinutes()));
            }
            for (int n : sizes) {
                ClusterSetup base = ClusterSetup.standard(n, seed);
                for (String name : names) {
                    ClusterSimulator sim = new ClusterSimulator(trace, base.with(PolicyCatalog.cpuModel(name)));
                    results.add(sim.run(PolicyCatalog.create(name, seed), PolicyCatalog.placement(name)));
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.print(ResultTable.format(results, markdown));
        if (!noTiming) {
            out.print(decisionTimes());
        }
        out.flush();
        if (csv != null) {
            Files.writeString(csv, ResultTable.csv(results), StandardCharsets.UTF_8);
        }
        if (chart != null) {
            SchedulerChart.write(results, chart);
        }
        return 0;
    }

    private List<Path> traceFiles() throws IOException {
        if (!traces.isEmpty()) {
            for (Path p : traces) {
                if (!Files.isReadable(p)) {
                    throw new IOException("--trace " + p + ": no such readable file");
                }
            }
            return traces;
        }
        Path dir = Path.of(System.getProperty("vem.shared.dir", "../shared"), "traces", "planetlab");
        List<Path> files = new ArrayList<>();
        for (String day : DAYS) {
            Path p = dir.resolve(day + ".csv");
            if (!Files.isReadable(p)) {
                throw new IOException("trace " + p + " not found; pass --trace FILE or set -Dvem.shared.dir");
            }
            files.add(p);
        }
        return files;
    }

    /** Times our policy's decision round on synthetic clusters of the sizes the issue names (wall and thread CPU time). */
    static String decisionTimes() {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
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

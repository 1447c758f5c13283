package org.vemanager.console.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vemanager.console.SerialFilter;
import org.vemanager.scheduler.bench.PolicyCatalog;
import org.vemanager.scheduler.bench.ResultTable;
import org.vemanager.scheduler.bench.SchedulerBench;
import org.vemanager.scheduler.sim.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem bench scheduler}: the command line of the headless {@link SchedulerBench} (module scheduler). It lives
 * here because a main installs the serialization filter and the chart needs JFreeChart, neither of which the
 * JDK-only scheduler module may take.
 */
@Command(name = "vem bench scheduler", mixinStandardHelpOptions = true,
    description = "Replay CPU traces on a simulated cluster under each level-2 policy and compare balance, overload, "
        + "unmet demand, migrations and decision time.")
public final class SchedulerBenchMain implements Callable<Integer> {

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
        CommandLine cli = new CommandLine(new SchedulerBenchMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("vem bench scheduler: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = traces.isEmpty()
            ? SchedulerBench.sharedDays(Path.of(System.getProperty("vem.shared.dir", "../shared"))) : traces;
        SchedulerBench.Options options = new SchedulerBench.Options(files, hosts.isEmpty() ? List.of(32, 64) : hosts,
            policies.isEmpty() ? PolicyCatalog.NAMES : policies, seed, minutes);
        List<SimulationResult> results = SchedulerBench.run(options);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.print(ResultTable.format(results, markdown));
        if (!noTiming) {
            out.print(SchedulerBench.decisionTimes());
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
}

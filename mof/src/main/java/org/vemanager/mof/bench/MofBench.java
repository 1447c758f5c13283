package org.vemanager.mof.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.cli.SerialFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem bench mof}: how long the compiler takes for the whole DMTF CIM schema. The first
 * compilation in the JVM is reported as the cold run; then warm-up runs, then timed runs whose
 * median and minimum are compared with the 2 s limit the issue sets.
 */
@Command(name = "bench mof", mixinStandardHelpOptions = true,
    description = "Times the MOF compiler on the full DMTF schema (cim_schema_2.41.0.mof).")
public final class MofBench implements Callable<Integer> {

    /** The limit for a warm compilation of the full schema. */
    static final double LIMIT_SECONDS = 2.0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "untimed warm-up runs (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--schema", paramLabel = "FILE",
        description = "the MOF to compile (default: <vem.shared.dir>/dmtf-schema/cim_schema_2.41.0.mof)")
    Path schema;

    @Option(names = "--markdown", description = "also print a table row for docs/benchmarks.md")
    boolean markdown;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        SerialFilter.install();
        return new CommandLine(new MofBench()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmup < 0) {
            err.println("--runs must be at least 1 and --warmup at least 0");
            return 2;
        }
        Path file = schema != null ? schema
            : Path.of(System.getProperty("vem.shared.dir", "../shared"), "dmtf-schema", "cim_schema_2.41.0.mof");
        if (!Files.isRegularFile(file)) {
            err.println("schema not found: " + file + " (give --schema FILE or set -Dvem.shared.dir)");
            return 2;
        }
        long coldNanos;
        MofRepository repository;
        try {
            long start = System.nanoTime();
            repository = new MofCompiler().compile(file);
            coldNanos = System.nanoTime() - start;
            for (int i = 0; i < warmup; i++) {
                new MofCompiler().compile(file);
            }
            long[] timed = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                new MofCompiler().compile(file);
                timed[i] = System.nanoTime() - t;
            }
            report(out, file, repository, coldNanos, timed);
        } catch (MofCompilationException e) {
            err.println("the schema does not compile: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private void report(PrintWriter out, Path file, MofRepository repository, long coldNanos, long[] timed) {
        Arrays.sort(timed);
        double median = seconds(timed.length % 2 == 1 ? timed[timed.length / 2]
            : (timed[timed.length / 2 - 1] + timed[timed.length / 2]) / 2);
        double min = seconds(timed[0]);
        double cold = seconds(coldNanos);
        int classes = repository.namespaces().stream().mapToInt(ns -> repository.classes(ns).size()).sum();
        out.printf(Locale.ROOT, "MOF compiler on %s (%d classes), %d warm-up + %d timed runs, %d cores%n", file, classes, warmup,
            runs, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  cold first run %.3f s%n", cold);
        out.printf(Locale.ROOT, "  warm median    %.3f s  (%.2f x the %.1f s limit)%n", median, median / LIMIT_SECONDS, LIMIT_SECONDS);
        out.printf(Locale.ROOT, "  warm min       %.3f s%n", min);
        if (markdown) {
            out.printf(Locale.ROOT, "| %s | %d | %.3f s | %.3f s | %.3f s | %.2f |%n", LocalDate.now(), classes, median, min, cold,
                median / LIMIT_SECONDS);
        }
        out.flush();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

package org.vemanager.agent.node.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.mof.cli.SerialFilter;
import org.vemanager.provider.libvirt.Hypervisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem bench provider}: EnumerateInstances of VEM_ComputerSystem and of CIM_VirtualSystemSettingData
 * through a node-agent (plain HTTP, SBLIM client, the full CIM-XML round trip) next to the same data read
 * directly with libvirt-java in the same run, on generated test-driver hosts of 10, 100 and 1,000 domains.
 * The direct read lists every domain, then per domain getInfo (for systems) or the persistent XML (for
 * setting data). The target: at 1,000 domains the CIM round trip takes at most twice the direct read.
 * A third column times the provider's own one-pass read ({@code Hypervisor.statuses()} / {@code definitions()},
 * on a third private copy of the host), so CIM/bulk shows what the provider, CIM-XML, HTTP and the client add.
 */
@Command(name = "bench provider", mixinStandardHelpOptions = true,
        description = "Times CIM enumerations of virtual systems and their settings next to direct libvirt-java reads.")
public final class ProviderBench implements Callable<Integer> {

    /** The limit: CIM round trip / direct libvirt at 1,000 domains. */
    static final double LIMIT_RATIO = 2.0;
    private static final int XML_INACTIVE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N[,N…]", split = ",", defaultValue = "10,100,1000",
            description = "domains per generated host (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", description = "timed runs per measurement (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "untimed warm-up runs (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--markdown", description = "also print table rows for docs/benchmarks.md")
    boolean markdown;

    /** One measured operation: what a client does, and what it must find. */
    @FunctionalInterface
    private interface Read {
        int count() throws Exception;
    }

    private record Row(int domains, String what, double cimMs, double directMs, double bulkMs) {
        double ratio() {
            return cimMs / directMs;
        }

        /** The CIM round trip over the provider's own one-pass libvirt read: what the CIM layers add. */
        double overBulk() {
            return cimMs / bulkMs;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        SerialFilter.install();
        // The in-process agent logs every operation at INFO; the benchmark's output is its table.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        CommandLine cli = new CommandLine(new ProviderBench()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("bench provider: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmup < 0 || sizes.length == 0 || Arrays.stream(sizes).anyMatch(n -> n < 1 || n > 100_000)) {
            err.println("--runs must be at least 1, --warmup at least 0, and every --sizes value between 1 and 100000");
            return 2;
        }
        out.printf(Locale.ROOT, "machine: %d CPUs (%s), Java %s; load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), loadAverage());
        out.printf(Locale.ROOT, "%d warm-up + %d timed runs each; medians in ms%n", warmup, runs);
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("vem-bench-provider");
        try {
            for (int n : sizes) {
                rows.addAll(measure(dir, n, out));
            }
        } finally {
            deleteTree(dir);
        }
        out.printf(Locale.ROOT, "%n%8s  %-28s %10s %10s %7s %9s %8s%n", "domains", "enumeration", "CIM ms", "libvirt ms", "ratio",
                "bulk ms", "CIM/bulk");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%8d  %-28s %10.1f %10.1f %7.2f %9.1f %8.2f%n", r.domains(), r.what(), r.cimMs(), r.directMs(),
                    r.ratio(), r.bulkMs(), r.overBulk());
        }
        int largest = Arrays.stream(sizes).max().orElseThrow();
        for (Row r : rows) {
            if (r.domains() == largest) {
                out.printf(Locale.ROOT, "%s at %d domains: %.2f x direct libvirt (%.2f of the %.1f x limit)%n", r.what(), largest,
                        r.ratio(), r.ratio() / LIMIT_RATIO, LIMIT_RATIO);
            }
        }
        if (markdown) {
            String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            double load = loadAverage();
            for (Row r : rows) {
                out.printf(Locale.ROOT, "| %s | %d | %s | %.1f ms | %.1f ms | %.2f | %.1f ms | %.2f | %.1f |%n", date, r.domains(),
                        r.what(), r.cimMs(), r.directMs(), r.ratio(), r.bulkMs(), r.overBulk(), load);
            }
        }
        return 0;
    }

    private List<Row> measure(Path dir, int n, PrintWriter out) throws Exception {
        Path host = TestDriverHost.write(dir, "bench", n);
        String uri = "test://" + host.toAbsolutePath();
        // Two connections to one host file are two private hosts with the same domains (NOTES-libvirt.md):
        // the agent holds one, the direct reads the other.
        Connect direct = new Connect(uri);
        try (Hypervisor bulk = Hypervisor.open(uri); LocalNodeAgent agent = LocalNodeAgent.start(uri, dir.resolve("agent-" + n))) {
            WBEMClient client = agent.client();
            try {
                CIMObjectPath systems = new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem", null);
                CIMObjectPath settings = new CIMObjectPath(null, null, null, "root/virt", "CIM_VirtualSystemSettingData", null);
                List<Row> rows = new ArrayList<>();
                rows.add(new Row(n, "VEM_ComputerSystem",
                        time(n, "CIM systems", () -> enumerate(client, systems)),
                        time(n, "libvirt getInfo", () -> direct(direct, d -> d.getInfo())),
                        time(n, "bulk states", () -> bulk.statuses().size())));
                rows.add(new Row(n, "CIM_VirtualSystemSettingData",
                        time(n, "CIM settings", () -> enumerate(client, settings)),
                        time(n, "libvirt XML", () -> direct(direct, d -> d.getXMLDesc(XML_INACTIVE))),
                        time(n, "bulk definitions", () -> bulk.definitions().size())));
                out.printf(Locale.ROOT, "%d domains: done%n", n);
                return rows;
            } finally {
                client.close();
            }
        } finally {
            direct.close();
        }
    }

    /** Median wall time of {@code read} in ms, after checking it found all {@code n} domains. */
    private double time(int n, String what, Read read) throws Exception {
        for (int i = 0; i < warmup; i++) {
            check(n, what, read.count());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int count = read.count();
            ms[i] = (System.nanoTime() - start) / 1e6;
            check(n, what, count);
        }
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }

    private static void check(int n, String what, int count) {
        if (count != n) {
            throw new IllegalStateException(what + " found " + count + " domains, expected " + n);
        }
    }

    private static int enumerate(WBEMClient client, CIMObjectPath path) throws WBEMException {
        CloseableIterator<CIMInstance> it = client.enumerateInstances(path, true, false, false, null);
        try {
            int count = 0;
            while (it.hasNext()) {
                if (it.next().getPropertyValue("ElementName") != null) {
                    count++;
                }
            }
            return count;
        } finally {
            it.close();
        }
    }

    /** One per-domain read of libvirt-java. */
    @FunctionalInterface
    private interface DomainRead {
        Object read(Domain d) throws LibvirtException;
    }

    /** Every domain (running by ID, defined by name), read and freed: the least any enumeration must do. */
    private static int direct(Connect c, DomainRead read) throws LibvirtException {
        int count = 0;
        for (int id : c.listDomains()) {
            count += readOne(c.domainLookupByID(id), read);
        }
        for (String name : c.listDefinedDomains()) {
            count += readOne(c.domainLookupByName(name), read);
        }
        return count;
    }

    private static int readOne(Domain d, DomainRead read) throws LibvirtException {
        try {
            return read.read(d) != null && d.getName() != null && d.getUUIDString() != null ? 1 : 0;
        } finally {
            d.free();
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

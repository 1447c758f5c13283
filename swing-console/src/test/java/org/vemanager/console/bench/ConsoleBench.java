package org.vemanager.console.bench;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.vemanager.agent.node.bench.LocalNodeAgent;
import org.vemanager.agent.node.bench.TestDriverHost;
import org.vemanager.console.ConsoleSettings;
import org.vemanager.console.SerialFilter;
import org.vemanager.console.client.CertificatePins;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.ClusterModel;
import org.vemanager.console.ui.MainFrame;
import org.vemanager.console.ui.Theme;

/**
 * {@code ./vem bench console}: the console against a node-agent with many VMs (1,000 by default) on a
 * generated libvirt test-driver host. It measures, in the same run:
 *
 * <ul>
 * <li><b>baseline</b>: the CIM requests alone, without any UI: the VM enumeration, and it with the RASD
 * enumeration that gives vCPUs and memory (the two a console refresh makes);</li>
 * <li><b>load</b>: from adding the node to the real main window until its tree and table show every VM
 * (login, request, model, tree and table rebuilt on the event thread), then until every row has its
 * vCPUs and memory, each with its ratio to the matching baseline;</li>
 * <li><b>scrolling</b>: the table and the tree scrolled top to bottom three rows a step, each step painted
 * at once on the event thread; frame times against the 16.7 ms of a 60 Hz display.</li>
 * </ul>
 *
 * The node-agent runs in this JVM (test scope, as DESIGN.md allows), so its work shares the two cores
 * with the console's exactly as the real request would. Results go to docs/benchmarks.md by hand, with
 * the machine, date and load this prints.
 */
public final class ConsoleBench {

    private static final double FRAME_BUDGET_MS = 1000.0 / 60;
    private static final int ROWS_PER_STEP = 3;
    private static final long LOAD_TIMEOUT_MS = 120_000;

    /**
     * Millisecond figures of one scroll pass: wall time per frame (what the user sees, and what a loaded
     * machine stretches) and the event thread's CPU time per frame (what the console itself costs).
     */
    public record Frames(int count, double medianMs, double p99Ms, double maxMs, double overBudgetPercent, double cpuMedianMs,
            double cpuP99Ms) {
    }

    /**
     * What one run measured; times in ms, one per round. Baseline: {@code statesMs} the VM enumeration
     * alone, {@code totalMs} it and the RASD enumeration (what one console refresh requests). Console:
     * {@code shownMs} until tree and table show every VM, {@code sizedMs} until every row has its vCPUs
     * and memory too.
     */
    public record Result(int vms, double[] statesMs, double[] totalMs, double[] shownMs, double[] sizedMs, int tableRows,
            int treeVms, Frames table, Frames tree) {
    }

    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        SerialFilter.install();
        int vms = 1000;
        int rounds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("Usage: ./vem bench console [--vms N (1000)] [--rounds R (5)]\n"
                            + "Loads a node with N VMs into the console R times and scrolls its table and tree;"
                            + " prints the figures for docs/benchmarks.md.");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
        }
        String loadBefore = loadAverage();
        Result r = run(vms, rounds);
        print(r, loadBefore, loadAverage());
        System.exit(0);
    }

    /** Runs the whole benchmark on a fresh host of {@code vms} VMs. */
    public static Result run(int vms, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("vem-console-bench");
        Path host = TestDriverHost.write(dir, "bench", vms);
        try (LocalNodeAgent agent = LocalNodeAgent.start("test://" + host.toAbsolutePath(), dir.resolve("agent"))) {
            NodeEndpoint endpoint = NodeEndpoint.parse("http://127.0.0.1:" + agent.httpPort(), LocalNodeAgent.USER);
            return measure(endpoint, dir, vms, rounds);
        }
    }

    /**
     * Baseline and console alternate round by round, so a neighbour's burst of load falls on both
     * rather than on whichever ran at the time.
     */
    private static Result measure(NodeEndpoint endpoint, Path dir, int vms, int rounds) throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(dir.resolve("config"));
        Cluster cluster = new Cluster(new ClusterModel(), new CertificatePins(settings.pinsFile()),
                e -> LocalNodeAgent.PASSWORD.toCharArray());
        AtomicReference<MainFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.apply(false);
            MainFrame f = new MainFrame(settings, cluster);
            f.setSize(new Dimension(1280, 800));
            f.setVisible(true);
            frame.set(f);
        });
        try (NodeSession session = NodeSession.open(endpoint, LocalNodeAgent.PASSWORD.toCharArray(), null)) {
            JTable table = find(frame.get(), JTable.class, "vm.table");
            JTree tree = find(frame.get(), JTree.class, "cluster.tree");
            // Warm-up of both: class loading, JIT and the agent's first reads are not what we measure.
            session.listVms();
            loadOnce(cluster, endpoint, table, tree, vms);
            double[] states = new double[rounds];
            double[] total = new double[rounds];
            double[] shown = new double[rounds];
            double[] sized = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                List<VmSummary> listed = session.listVmStates();
                states[i] = (System.nanoTime() - t0) / 1e6;
                session.withSizes(listed);
                total[i] = (System.nanoTime() - t0) / 1e6;
                double[] load = loadOnce(cluster, endpoint, table, tree, vms);
                shown[i] = load[0];
                sized[i] = load[1];
            }
            cluster.add(endpoint);
            waitUntil(() -> table.getRowCount() == vms && vmsInTree(tree) == vms);
            int rows = onEdt(table::getRowCount);
            int treeVms = onEdt(() -> vmsInTree(tree));
            Frames tableFrames = scroll(table, table.getRowHeight());
            Frames treeFrames = scroll(tree, tree.getRowBounds(0).height);
            return new Result(vms, states, total, shown, sized, rows, treeVms, tableFrames, treeFrames);
        } finally {
            SwingUtilities.invokeAndWait(() -> frame.get().dispose());
            cluster.close();
        }
    }

    /**
     * Adds the node, waits until tree and table show all its VMs and then until every row has its size,
     * removes the node again; returns both times.
     */
    private static double[] loadOnce(Cluster cluster, NodeEndpoint endpoint, JTable table, JTree tree, int vms) throws Exception {
        long t0 = System.nanoTime();
        cluster.add(endpoint);
        waitUntil(() -> table.getRowCount() == vms && vmsInTree(tree) == vms);
        double shown = (System.nanoTime() - t0) / 1e6;
        waitUntil(() -> table.getRowCount() == vms && everyRowSized(table));
        double sized = (System.nanoTime() - t0) / 1e6;
        cluster.remove(endpoint);
        waitUntil(() -> table.getRowCount() == 0);
        return new double[] {shown, sized};
    }

    /** Whether every row shows its vCPUs (column 3) and memory (column 4). */
    private static boolean everyRowSized(JTable table) {
        for (int row = 0; row < table.getModel().getRowCount(); row++) {
            if (table.getModel().getValueAt(row, 3) == null || table.getModel().getValueAt(row, 4) == null) {
                return false;
            }
        }
        return true;
    }

    private static int vmsInTree(JTree tree) {
        Object root = tree.getModel().getRoot();
        return tree.getModel().getChildCount(root) == 0 ? 0 : tree.getModel().getChildCount(tree.getModel().getChild(root, 0));
    }

    /** Scrolls a component's viewport top to bottom, a few rows a step, painting each step at once. */
    private static Frames scroll(JComponent view, int rowHeight) throws Exception {
        JViewport viewport = ((JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, view)).getViewport();
        int height = onEdt(view::getHeight);
        int visible = onEdt(() -> viewport.getExtentSize().height);
        List<Double> frames = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int y = 0; y + visible <= height; y += rowHeight * ROWS_PER_STEP) {
            int top = y;
            double[] frame = onEdt(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                viewport.setViewPosition(new Point(0, top));
                Rectangle shown = viewport.getViewRect();
                view.paintImmediately(shown);
                return new double[] {(System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6};
            });
            frames.add(frame[0]);
            cpu.add(frame[1]);
        }
        double[] ms = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cpuMs = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (ms.length == 0) {
            return new Frames(0, 0, 0, 0, 0, 0, 0);
        }
        long over = Arrays.stream(ms).filter(m -> m > FRAME_BUDGET_MS).count();
        return new Frames(ms.length, median(ms), p99(ms), ms[ms.length - 1], 100.0 * over / ms.length, median(cpuMs), p99(cpuMs));
    }

    private static double p99(double[] sorted) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
    }

    private interface EdtCall<T> {
        T call() throws Exception;
    }

    private static <T> T onEdt(EdtCall<T> call) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    private interface Check {
        boolean holds();
    }

    /** Waits, checking on the event thread every 2 ms, so the time measured ends when the UI shows it. */
    private static void waitUntil(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + LOAD_TIMEOUT_MS;
        while (!onEdt(check::holds)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the console did not show the node's VMs within " + LOAD_TIMEOUT_MS + " ms");
            }
            Thread.sleep(2);
        }
    }

    private static <T extends JComponent> T find(java.awt.Container in, Class<T> type, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container inner) {
                T found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void print(Result r, String loadBefore, String loadAfter) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "console bench — %s UTC, %d cores, Java %s, load average %s (before) / %s (after)%n",
                Instant.now().toString().substring(0, 16).replace('T', ' '), cores, System.getProperty("java.version"),
                loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "| what (%,d VMs), ms | median | min | max |%n|---|---|---|---|%n", r.vms());
        row("baseline: the VM enumeration alone (CIM, no UI)", r.statesMs());
        row("baseline: VMs + RASD enumerations, one refresh's requests (CIM, no UI)", r.totalMs());
        row("console: add node → tree and table show every VM", r.shownMs());
        row("console: add node → every row has vCPUs and memory", r.sizedMs());
        double shown = median(r.shownMs());
        System.out.printf(Locale.ROOT, "shown / VM enumeration: %.2f×; sized / both enumerations: %.2f×; "
                + "target: every VM shown in under 3,000 ms → %s (tree %d VMs, table %d rows)%n",
                shown / median(r.statesMs()), median(r.sizedMs()) / median(r.totalMs()), shown < 3000 ? "met" : "NOT met",
                r.treeVms(), r.tableRows());
        System.out.printf(Locale.ROOT, "| scrolling, %d rows a step | frames | median ms | p99 ms | max ms | over 16.7 ms "
                + "| event-thread CPU median ms | CPU p99 ms |%n|---|---|---|---|---|---|---|---|%n", ROWS_PER_STEP);
        frames("VM table", r.table());
        frames("cluster tree", r.tree());
    }

    private static void row(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, median(ms), sorted[0], sorted[sorted.length - 1]);
    }

    private static void frames(String what, Frames f) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f%% | %.2f | %.2f |%n", what, f.count(), f.medianMs(),
                f.p99Ms(), f.maxMs(), f.overBudgetPercent(), f.cpuMedianMs(), f.cpuP99Ms());
    }
}

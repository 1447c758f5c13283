package org.vemanager.scheduler.bench;

import java.util.List;
import java.util.Locale;
import org.vemanager.scheduler.sim.SimulationResult;

/** Formats simulation results as a text or Markdown table, or as CSV. */
public final class ResultTable {

    private static final String[] HEADER = {"trace", "hosts", "policy", "σ CPU", ">90%", "unmet", "starved VM-min",
        "migr/VM/day", "migrations", "GiB moved", "hosts used", "decision ms wall mean/p99/max", "cpu p99"};

    private ResultTable() {
    }

    public static String format(List<SimulationResult> results, boolean markdown) {
        StringBuilder text = new StringBuilder();
        String rowFormat = markdown ? "| %s |%n" : "%s%n";
        String separator = markdown ? " | " : "  ";
        text.append(String.format(rowFormat, String.join(separator, pad(HEADER, markdown))));
        if (markdown) {
            text.append("|").append("---|".repeat(HEADER.length)).append('\n');
        }
        for (SimulationResult r : results) {
            text.append(String.format(rowFormat, String.join(separator, pad(cells(r), markdown))));
        }
        return text.toString();
    }

    private static String[] cells(SimulationResult r) {
        return new String[] {r.trace(), Integer.toString(r.hosts()), r.policy(), f("%.4f", r.sigma()), f("%.3f%%", 100 * r.over90()),
            f("%.4f%%", 100 * r.unmetShare()), Long.toString(r.starvedVmMinutes()), f("%.3f", r.migrationsPerVmDay()),
            Integer.toString(r.migrations()), f("%.1f", r.gibMoved()), f("%.1f", r.hostsUsed()),
            f("%.2f/%.1f/%.1f", r.decisionMeanMs(), r.decisionP99Ms(), r.decisionMaxMs()),
            f("%.1f", r.decisionCpuP99Ms())};
    }

    private static String[] pad(String[] cells, boolean markdown) {
        if (markdown) {
            return cells;
        }
        int[] width = {14, 5, 15, 7, 8, 9, 14, 11, 10, 9, 10, 29, 7};
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = String.format("%-" + width[i] + "s", cells[i]);
        }
        return out;
    }

    public static String csv(List<SimulationResult> results) {
        StringBuilder text = new StringBuilder("trace,hosts,policy,cpu_model,sigma,over90,unmet_share,starved_vm_minutes,"
            + "migrations_per_vm_day,migrations,gib_moved,hosts_used,decision_mean_ms,decision_p99_ms,decision_max_ms,"
            + "decision_cpu_p99_ms,"
            + "vm_demand,served,unmet,overhead\n");
        for (SimulationResult r : results) {
            text.append(String.join(",", r.trace(), Integer.toString(r.hosts()), r.policy(), r.cpuModel().name(),
                f("%.6f", r.sigma()), f("%.6f", r.over90()), f("%.8f", r.unmetShare()), Long.toString(r.starvedVmMinutes()),
                f("%.4f", r.migrationsPerVmDay()), Integer.toString(r.migrations()), f("%.3f", r.gibMoved()),
                f("%.2f", r.hostsUsed()), f("%.4f", r.decisionMeanMs()), f("%.4f", r.decisionP99Ms()), f("%.4f", r.decisionMaxMs()),
                f("%.4f", r.decisionCpuP99Ms()),                f("%.3f", r.vmDemand()),
                f("%.3f", r.served()), f("%.3f", r.unmet()), f("%.3f", r.overhead()))).append('\n');
        }
        return text.toString();
    }

    private static String f(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}

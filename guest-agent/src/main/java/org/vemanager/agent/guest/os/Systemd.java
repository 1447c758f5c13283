package org.vemanager.agent.guest.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.GuestNames;
import org.vemanager.agent.guest.api.ServiceUnit;

/**
 * systemd service units through systemctl. systemd counts as running when /run/systemd/system
 * exists (the test sd_booted(3) makes); without it every call answers NOT_SUPPORTED, clearly,
 * instead of letting systemctl fail with its own message.
 */
public final class Systemd {
    private static final String NS = "services";

    private final Path root;
    private final Privileges privileges;
    private final CommandRunner runner;

    public Systemd(Path root, Privileges privileges, CommandRunner runner) {
        this.root = root;
        this.privileges = privileges;
        this.runner = runner;
    }

    public boolean isRunning() {
        return Files.isDirectory(root.resolve("run/systemd/system"));
    }

    public List<ServiceUnit> list() throws GuestAgentException {
        requireSystemd();
        Map<String, String> fileStates = new LinkedHashMap<>();
        for (String[] f : columns(systemctl("list-unit-files", "--type=service", "--no-legend", "--no-pager"), 3)) {
            fileStates.put(f[0], f[1] == null ? "" : f[1].split("\\s+")[0]);
        }
        Map<String, ServiceUnit> units = new LinkedHashMap<>();
        for (String[] f : columns(systemctl("list-units", "--type=service", "--all", "--no-legend", "--no-pager", "--plain"), 5)) {
            units.put(f[0], new ServiceUnit(f[0], f[4] == null ? "" : f[4], f[1], f[2], f[3], fileStates.getOrDefault(f[0], "")));
        }
        // Units with a unit file that are not loaded (e.g. disabled and stopped) still belong in the list.
        fileStates.forEach((name, state) -> units.putIfAbsent(name, new ServiceUnit(name, "", "not-loaded", "inactive", "dead", state)));
        return new ArrayList<>(units.values());
    }

    /** start, stop, restart, enable or disable one unit. */
    public void act(String verb, String unit) throws GuestAgentException {
        GuestNames.unitName(unit);
        requireSystemd();
        privileges.requireRoot(NS, "'systemctl " + verb + "'");
        CommandRunner.Result result = runner.run("systemctl", List.of(verb, "--no-ask-password", "--", unit), null);
        if (!result.ok()) {
            String message = NS + ": " + verb + " " + unit + " failed: " + result.diagnostic();
            boolean missing = result.diagnostic().contains("not found") || result.diagnostic().contains("not loaded");
            throw new GuestAgentException(missing ? GuestFault.NOT_FOUND : GuestFault.OPERATION_FAILED, message);
        }
    }

    private void requireSystemd() throws GuestAgentException {
        if (!isRunning()) {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, NS + ": systemd is not running on this system");
        }
    }

    private String systemctl(String... args) throws GuestAgentException {
        CommandRunner.Result result = runner.run("systemctl", List.of(args), null);
        if (!result.ok()) {
            throw new GuestAgentException(GuestFault.OPERATION_FAILED, NS + ": systemctl " + args[0] + " failed: " + result.diagnostic());
        }
        return result.stdout();
    }

    /** Splits systemctl's table lines into {@code count} columns (the last keeps its spaces, may be null). */
    static List<String[]> columns(String output, int count) {
        List<String[]> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] f = line.strip().split("\\s+", count);
            if (f.length >= count - 1 && !f[0].isEmpty()) {
                rows.add(f.length == count ? f : Arrays.copyOf(f, count));
            }
        }
        return rows;
    }
}

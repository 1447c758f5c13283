package org.vemanager.agent.guest.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.agent.guest.api.UserAccount;

/**
 * Reads the process list from /proc (stat, status, cmdline of each pid; {@link ProcStat} parses stat).
 * Processes that exit while we read are skipped. %CPU is CPU time over lifetime, as {@code ps} computes it.
 */
public final class ProcessTable {
    /** USER_HZ: the unit of /proc times; 100 on every Linux architecture user space sees. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final int MAX_COMMAND_CHARS = 4096;

    private final Path proc;
    private final AccountDatabase accounts;

    public ProcessTable(Path root, AccountDatabase accounts) {
        this.proc = root.resolve("proc");
        this.accounts = accounts;
    }

    public List<ProcessInfo> list() throws GuestAgentException {
        Map<Integer, String> names = userNames();
        double uptime = uptimeSeconds();
        List<ProcessInfo> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : entries) {
                read(dir, names, uptime).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, "processes: cannot read /proc: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparingInt(ProcessInfo::pid));
        return out;
    }

    /** Whether a process with this pid exists (zombies included). */
    public boolean exists(int pid) {
        return Files.isDirectory(proc.resolve(Integer.toString(pid)));
    }

    private Optional<ProcessInfo> read(Path dir, Map<Integer, String> names, double uptime) {
        try {
            ProcStat stat = ProcStat.parse(Files.readString(dir.resolve("stat")));
            int pid = Integer.parseInt(dir.getFileName().toString());
            double cpuSeconds = stat.cpuTicks() / TICKS_PER_SECOND;
            double age = uptime - stat.startTicks() / TICKS_PER_SECOND;
            double cpuPercent = age > 0 ? Math.round(1000.0 * cpuSeconds / age) / 10.0 : 0.0;
            long uid = -1;
            int rssKib = 0;
            for (String line : Files.readAllLines(dir.resolve("status"))) {
                if (line.startsWith("Uid:")) {
                    // Real, effective, saved, filesystem uid; uid_t is unsigned 32-bit.
                    uid = Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                } else if (line.startsWith("VmRSS:")) {
                    rssKib = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            String user = names.getOrDefault((int) uid, Long.toString(uid));
            return Optional.of(new ProcessInfo(pid, stat.ppid(), user, command(dir, stat.comm()), stat.state(), cpuPercent,
                rssKib, uid < 0 ? null : uid, stat.processGroup(), stat.session()));
        } catch (IOException | RuntimeException e) {
            // The process exited while we read it, or the entry is odd: leave it out.
            return Optional.empty();
        }
    }

    private static String command(Path dir, String comm) throws IOException {
        byte[] raw = Files.readAllBytes(dir.resolve("cmdline"));
        if (raw.length == 0) {
            return "[" + comm + "]";
        }
        String line = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        return line.length() > MAX_COMMAND_CHARS ? line.substring(0, MAX_COMMAND_CHARS) : line;
    }

    private double uptimeSeconds() throws GuestAgentException {
        try {
            return Double.parseDouble(Files.readString(proc.resolve("uptime")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, "processes: cannot read /proc/uptime", e);
        }
    }

    private Map<Integer, String> userNames() {
        try {
            return accounts.users().stream().collect(Collectors.toMap(UserAccount::uid, UserAccount::name, (a, b) -> a));
        } catch (GuestAgentException e) {
            return Map.of();
        }
    }
}

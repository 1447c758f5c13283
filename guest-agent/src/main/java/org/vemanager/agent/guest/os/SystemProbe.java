package org.vemanager.agent.guest.os;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.SystemInfo;

/** Reads what the guest is from /proc, /etc/os-release and the network interfaces. */
public final class SystemProbe {
    private final Path root;
    private final String agentVersion;

    /** @param root the file-system root to read from ("/" in production) */
    public SystemProbe(Path root, String agentVersion) {
        this.root = root;
        this.agentVersion = agentVersion;
    }

    public SystemInfo info() throws GuestAgentException {
        try {
            return new SystemInfo(firstLine("proc/sys/kernel/hostname"), osName(), firstLine("proc/sys/kernel/osrelease"),
                System.getProperty("os.arch"), uptimeSeconds(), Runtime.getRuntime().availableProcessors(),
                memoryTotalKib(), ipAddresses(), agentVersion);
        } catch (IOException | RuntimeException e) {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, "system: cannot read /proc: " + e.getMessage(), e);
        }
    }

    private String firstLine(String relative) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(relative));
        return lines.isEmpty() ? "" : lines.get(0).strip();
    }

    private String osName() {
        try {
            for (String line : Files.readAllLines(root.resolve("etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "").strip();
                }
            }
        } catch (IOException e) {
            // No os-release (minimal systems): the kernel's name is all we know.
        }
        return "Linux";
    }

    private double uptimeSeconds() throws IOException {
        return Double.parseDouble(firstLine("proc/uptime").split("\\s+")[0]);
    }

    private int memoryTotalKib() throws IOException {
        for (String line : Files.readAllLines(root.resolve("proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return (int) Math.min(Integer.MAX_VALUE, kib);
            }
        }
        return 0;
    }

    private static List<String> ipAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        String text = address.getHostAddress();
                        int zone = text.indexOf('%');
                        addresses.add(zone < 0 ? text : text.substring(0, zone));
                    }
                }
            }
        } catch (SocketException e) {
            // No interface list: report none rather than fail the whole call.
        }
        return addresses;
    }
}

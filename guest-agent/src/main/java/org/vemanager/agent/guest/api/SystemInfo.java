package org.vemanager.agent.guest.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code system.info} reports about the guest.
 *
 * @param hostname      the kernel's host name ({@code /proc/sys/kernel/hostname})
 * @param osName        the distribution's PRETTY_NAME from {@code /etc/os-release}, or "Linux"
 * @param kernel        the kernel release ({@code /proc/sys/kernel/osrelease})
 * @param architecture  the machine architecture as the JVM names it (amd64, aarch64, …)
 * @param uptimeSeconds seconds since boot ({@code /proc/uptime})
 * @param cpuCount      processors available
 * @param memoryTotalKib total memory in KiB ({@code /proc/meminfo}); XML-RPC ints are 32-bit, so KiB
 * @param ipAddresses   addresses of the interfaces that are up, loopback excluded
 * @param agentVersion  the guest-agent's version
 */
public record SystemInfo(String hostname, String osName, String kernel, String architecture, double uptimeSeconds,
                         int cpuCount, int memoryTotalKib, List<String> ipAddresses, String agentVersion) {

    public SystemInfo {
        ipAddresses = List.copyOf(ipAddresses);
    }

    public Map<String, Object> toStruct() {
        return Map.of("hostname", hostname, "osName", osName, "kernel", kernel, "architecture", architecture,
            "uptimeSeconds", uptimeSeconds, "cpuCount", cpuCount, "memoryTotalKib", memoryTotalKib,
            "ipAddresses", ipAddresses.toArray(), "agentVersion", agentVersion);
    }

    public static SystemInfo fromStruct(Map<?, ?> s) throws GuestAgentException {
        return new SystemInfo(Structs.string(s, "hostname"), Structs.string(s, "osName"), Structs.string(s, "kernel"),
            Structs.string(s, "architecture"), Structs.real(s, "uptimeSeconds"), Structs.integer(s, "cpuCount"),
            Structs.integer(s, "memoryTotalKib"), Structs.strings(s, "ipAddresses"), Structs.string(s, "agentVersion"));
    }
}

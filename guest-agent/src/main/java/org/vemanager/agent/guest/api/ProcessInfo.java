package org.vemanager.agent.guest.api;

import java.util.Map;

/**
 * One entry of {@code processes.list}, read from /proc.
 *
 * @param user        the owner's name (or the numeric uid when it has no passwd entry)
 * @param command     the command line, or the kernel thread name in brackets
 * @param state       the one-letter state of /proc/PID/stat (R, S, D, Z, T, …)
 * @param cpuPercent  CPU time used over the process's lifetime, as {@code ps} computes %CPU
 * @param residentKib resident memory in KiB (VmRSS)
 */
public record ProcessInfo(int pid, int ppid, String user, String command, String state, double cpuPercent,
                          int residentKib) {

    public Map<String, Object> toStruct() {
        return Map.of("pid", pid, "ppid", ppid, "user", user, "command", command, "state", state,
            "cpuPercent", cpuPercent, "residentKib", residentKib);
    }

    public static ProcessInfo fromStruct(Map<?, ?> s) throws GuestAgentException {
        return new ProcessInfo(Structs.integer(s, "pid"), Structs.integer(s, "ppid"), Structs.string(s, "user"),
            Structs.string(s, "command"), Structs.string(s, "state"), Structs.real(s, "cpuPercent"),
            Structs.integer(s, "residentKib"));
    }
}

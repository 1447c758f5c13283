package org.vemanager.agent.guest.api;

import java.util.HashMap;
import java.util.Map;

/**
 * One entry of {@code processes.list}, read from /proc.
 *
 * <p>{@code realUid}, {@code processGroup} and {@code session} came after the first release: an older
 * agent does not send them, so they are read as optional and are {@code null} then.
 *
 * @param user         the owner's name (or the numeric uid when it has no passwd entry)
 * @param command      the command line, or the kernel thread name in brackets
 * @param state        the one-letter state of /proc/PID/stat (R, S, D, Z, T, …)
 * @param cpuPercent   CPU time used over the process's lifetime, as {@code ps} computes %CPU
 * @param residentKib  resident memory in KiB (VmRSS)
 * @param realUid      the real user id (first field of "Uid:" in /proc/PID/status), 0 to 2^32-2, or null
 * @param processGroup the process group id (field 5 of /proc/PID/stat), or null
 * @param session      the session id (field 6 of /proc/PID/stat), or null
 */
public record ProcessInfo(int pid, int ppid, String user, String command, String state, double cpuPercent,
                          int residentKib, Long realUid, Integer processGroup, Integer session) {

    public Map<String, Object> toStruct() {
        Map<String, Object> s = new HashMap<>(Map.of("pid", pid, "ppid", ppid, "user", user, "command", command,
            "state", state, "cpuPercent", cpuPercent, "residentKib", residentKib));
        // uid_t is unsigned 32-bit and XML-RPC has only the signed i4: the uid travels as its 32 bits.
        putIfKnown(s, "realUid", realUid == null ? null : (int) realUid.longValue());
        putIfKnown(s, "processGroup", processGroup);
        putIfKnown(s, "session", session);
        return s;
    }

    public static ProcessInfo fromStruct(Map<?, ?> s) throws GuestAgentException {
        Integer uidBits = Structs.optionalInteger(s, "realUid");
        return new ProcessInfo(Structs.integer(s, "pid"), Structs.integer(s, "ppid"), Structs.string(s, "user"),
            Structs.string(s, "command"), Structs.string(s, "state"), Structs.real(s, "cpuPercent"),
            Structs.integer(s, "residentKib"), uidBits == null ? null : Integer.toUnsignedLong(uidBits),
            Structs.optionalInteger(s, "processGroup"), Structs.optionalInteger(s, "session"));
    }

    /** XML-RPC has no null: an unknown field is left out of the struct. */
    private static void putIfKnown(Map<String, Object> s, String key, Integer value) {
        if (value != null) {
            s.put(key, value);
        }
    }
}

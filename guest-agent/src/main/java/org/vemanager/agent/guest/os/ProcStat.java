package org.vemanager.agent.guest.os;

/**
 * The fields we use of one /proc/PID/stat line (proc(5) numbering in brackets).
 *
 * @param comm         the command name [2], without its parentheses
 * @param state        the one-letter state [3]
 * @param ppid         the parent's pid [4]
 * @param processGroup the process group id [5]
 * @param session      the session id [6]
 * @param cpuTicks     user plus system time [14, 15], in clock ticks
 * @param startTicks   when the process started [22], in clock ticks after boot
 */
record ProcStat(String comm, String state, int ppid, int processGroup, int session, long cpuTicks, long startTicks) {

    /**
     * Parses a stat line. The command name sits in parentheses and may itself hold spaces and
     * parentheses (a process may name itself {@code a) (b}), so the fields after it are counted from
     * the LAST ')'.
     *
     * @throws IllegalArgumentException when the line is not a stat line
     */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: no (comm)");
        }
        String[] f = line.substring(close + 1).trim().split("\\s+");
        if (f.length < 20) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + f.length + " fields after (comm)");
        }
        // f[0] is field 3 of proc(5).
        return new ProcStat(line.substring(open + 1, close), f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[19]));
    }
}

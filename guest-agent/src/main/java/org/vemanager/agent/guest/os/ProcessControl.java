package org.vemanager.agent.guest.os;

import java.util.List;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.GuestNames;

/**
 * Sends signals with the kill(1) tool (Java itself can only send TERM and KILL, and only to its
 * own children). pid 1 and the agent itself are refused: killing either would take the guest or
 * its management down.
 */
public final class ProcessControl {
    public static final int SIGKILL = 9;

    private final ProcessTable table;
    private final CommandRunner runner;
    private final long ownPid = ProcessHandle.current().pid();

    public ProcessControl(ProcessTable table, CommandRunner runner) {
        this.table = table;
        this.runner = runner;
    }

    public void signal(int pid, int signal) throws GuestAgentException {
        GuestNames.pid(pid);
        GuestNames.signal(signal);
        if (pid == 1 || pid == ownPid) {
            throw new GuestAgentException(GuestFault.NOT_PERMITTED,
                "processes: refusing to signal pid " + pid + (pid == 1 ? " (init)" : " (the guest-agent itself)"));
        }
        if (!table.exists(pid)) {
            throw new GuestAgentException(GuestFault.NOT_FOUND, "processes: no process with pid " + pid);
        }
        CommandRunner.Result result = runner.run("kill", List.of("-s", Integer.toString(signal), "--", Integer.toString(pid)), null);
        if (!result.ok()) {
            GuestFault fault = result.diagnostic().contains("ermitted") ? GuestFault.NOT_PERMITTED : GuestFault.OPERATION_FAILED;
            throw new GuestAgentException(fault, "processes: signal " + signal + " to pid " + pid + " failed: " + result.diagnostic());
        }
    }
}

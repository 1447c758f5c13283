package org.vemanager.agent.guest.api;

import java.util.List;

/**
 * The {@code processes} namespace. Signalling pid 1 or the agent itself is refused
 * ({@link GuestFault#NOT_PERMITTED}); an absent pid is {@link GuestFault#NOT_FOUND}.
 */
public interface ProcessesApi {
    String LIST = "processes.list";
    String SIGNAL = "processes.signal";
    String KILL = "processes.kill";

    /** {@code processes.list()} → array of {@link ProcessInfo}. */
    List<ProcessInfo> listProcesses() throws GuestAgentException;

    /** {@code processes.signal(pid, signal)}: sends signal 1..64. */
    void signal(int pid, int signal) throws GuestAgentException;

    /** {@code processes.kill(pid)}: sends SIGKILL. */
    void kill(int pid) throws GuestAgentException;
}

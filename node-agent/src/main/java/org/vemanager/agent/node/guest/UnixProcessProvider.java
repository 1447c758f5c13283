package org.vemanager.agent.node.guest;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_UnixProcess: a process of a guest, Handle = its pid, CSName = its VM's UUID.
 * SendSignal(Signal) sends a signal (1..64) through the guest-agent; 0 only checks it exists.
 */
final class UnixProcessProvider extends GuestListedProvider<ProcessInfo> implements MethodProvider {

    static final int MAX_SIGNAL = 64;

    UnixProcessProvider(GuestDirectory guests) {
        super(guests, GuestPaths.UNIX_PROCESS);
    }

    @Override
    List<ProcessInfo> listed(GuestVm guest) throws CimException {
        return processes(guest);
    }

    @Override
    CIMInstance instanceOf(GuestVm guest, ProcessInfo process) {
        return instance(guest.uuid(), process);
    }

    @Override
    ProcessInfo named(GuestVm guest, CIMObjectPath path) throws CimException {
        return process(guest, pid(path));
    }

    private static List<ProcessInfo> processes(GuestVm guest) throws CimException {
        return guest.call("list processes", client -> client.listProcesses());
    }

    /** CIM_Process.ExecutionState from the one-letter state of /proc/PID/stat. */
    static int executionState(String state) {
        return switch (state) {
            case "R" -> 3;          // Running
            case "S", "I" -> 6;     // Suspended Ready: sleeping, waiting for an event
            case "D" -> 4;          // Blocked: uninterruptible wait
            case "Z", "X" -> 7;     // Terminated
            case "T", "t" -> 8;     // Stopped
            default -> 0;           // Unknown
        };
    }

    static CIMInstance instance(String uuid, ProcessInfo process) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.UNIX_PROCESS)
                .key("CSCreationClassName", CimNames.COMPUTER_SYSTEM)
                .key("CSName", uuid)
                .key("OSCreationClassName", GuestPaths.GUEST_OS)
                .key("OSName", uuid)
                .key("CreationClassName", GuestPaths.UNIX_PROCESS)
                .key("Handle", String.valueOf(process.pid()))
                .string("Name", process.command())
                .string("ElementName", process.command())
                .string("ParentProcessID", String.valueOf(process.ppid()))
                // NULL when an older guest-agent does not report them: unknown, not zero (zero is root).
                .uint64("RealUserID", process.realUid())
                .uint64("ProcessGroupID", widened(process.processGroup()))
                .uint64("ProcessSessionID", widened(process.session()))
                .uint16("ExecutionState", executionState(process.state()))
                .string("Description", "user " + process.user() + ", " + process.residentKib() + " KiB resident")
                .build();
    }

    private static Long widened(Integer id) {
        return id == null ? null : id.longValue();
    }

    private static int pid(CIMObjectPath path) throws CimException {
        String handle = Paths.stringKey(path, "Handle");
        try {
            int pid = Integer.parseInt(handle);
            if (pid > 0) {
                return pid;
            }
        } catch (NumberFormatException e) {
            // falls through to NOT_FOUND
        }
        throw new CimException(CimStatus.NOT_FOUND, "no process with Handle '" + handle + "': expected a process id");
    }

    private static ProcessInfo process(GuestVm guest, int pid) throws CimException {
        return guest.find(processes(guest), process -> process.pid() == pid, "process " + pid);
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] in) throws CimException {
        if (!"SendSignal".equalsIgnoreCase(methodName)) {
            throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, "VEM_UnixProcess." + methodName + " is not available");
        }
        Long signal = new MethodInputs(in).number("Signal");
        if (signal == null || signal < 0 || signal > MAX_SIGNAL) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "Signal: expected a signal number from 0 to " + MAX_SIGNAL + " (e.g. 15 TERM, 9 KILL), got " + signal);
        }
        GuestVm guest = guests.guest(GuestPaths.requireUuid(target));
        int pid = pid(target);
        process(guest, pid);
        if (signal > 0) {
            guest.call("send signal " + signal + " to process " + pid, client -> {
                client.signal(pid, signal.intValue());
                return null;
            });
        }
        return MethodResult.of(0);
    }
}

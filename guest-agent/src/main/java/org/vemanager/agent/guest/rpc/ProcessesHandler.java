package org.vemanager.agent.guest.rpc;

import java.util.Map;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.agent.guest.api.ProcessesApi;
import org.vemanager.agent.guest.os.ProcessControl;
import org.vemanager.agent.guest.os.ProcessTable;

/** The {@code processes} namespace over {@link ProcessTable} and {@link ProcessControl}. */
public final class ProcessesHandler implements RpcNamespace {
    private final ProcessTable table;
    private final ProcessControl control;

    public ProcessesHandler(ProcessTable table, ProcessControl control) {
        this.table = table;
        this.control = control;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return Map.of(
            ProcessesApi.LIST, p -> {
                p.expect(0);
                return table.list().stream().map(ProcessInfo::toStruct).toArray();
            },
            ProcessesApi.SIGNAL, p -> {
                p.expect(2);
                control.signal(p.integer(0, "pid"), p.integer(1, "signal"));
                return DONE;
            },
            ProcessesApi.KILL, p -> {
                control.signal(p.expect(1).integer(0, "pid"), ProcessControl.SIGKILL);
                return DONE;
            });
    }
}

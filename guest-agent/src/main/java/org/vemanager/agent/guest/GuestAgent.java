package org.vemanager.agent.guest;

import java.nio.file.Path;
import java.util.List;
import org.vemanager.agent.guest.os.AccountDatabase;
import org.vemanager.agent.guest.os.AccountManager;
import org.vemanager.agent.guest.os.CommandRunner;
import org.vemanager.agent.guest.os.Privileges;
import org.vemanager.agent.guest.os.ProcessControl;
import org.vemanager.agent.guest.os.ProcessTable;
import org.vemanager.agent.guest.os.SystemProbe;
import org.vemanager.agent.guest.os.Systemd;
import org.vemanager.agent.guest.rpc.AccountsHandler;
import org.vemanager.agent.guest.rpc.ProcessesHandler;
import org.vemanager.agent.guest.rpc.RpcNamespace;
import org.vemanager.agent.guest.rpc.ServicesHandler;
import org.vemanager.agent.guest.rpc.SystemHandler;
import org.vemanager.agent.guest.rpc.XmlRpcDispatcher;

/** Wires the OS probes and actions into the four XML-RPC namespaces. */
public final class GuestAgent {
    public static final String VERSION = "0.1.0";

    private GuestAgent() {
    }

    /** The dispatcher over the real system: files under "/", tools found in the system directories. */
    public static XmlRpcDispatcher dispatcher() {
        return dispatcher(Path.of("/"), Privileges.current());
    }

    static XmlRpcDispatcher dispatcher(Path root, Privileges privileges) {
        CommandRunner runner = new CommandRunner();
        AccountDatabase accounts = new AccountDatabase(root);
        ProcessTable processes = new ProcessTable(root, accounts);
        List<RpcNamespace> namespaces = List.of(
            new SystemHandler(new SystemProbe(root, VERSION)),
            new AccountsHandler(accounts, new AccountManager(accounts, privileges, runner)),
            new ProcessesHandler(processes, new ProcessControl(processes, runner)),
            new ServicesHandler(new Systemd(root, privileges, runner)));
        return new XmlRpcDispatcher(namespaces);
    }
}

package org.vemanager.agent.guest.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/** Whether the agent runs as root: the effective uid of /proc/self/status. */
public final class Privileges {
    private final boolean root;

    public Privileges(boolean root) {
        this.root = root;
    }

    /** The agent's real privileges. */
    public static Privileges current() {
        return new Privileges(effectiveUid() == 0);
    }

    public boolean isRoot() {
        return root;
    }

    /** Fails with "NAMESPACE: WHAT needs root" unless the agent runs as root. */
    public void requireRoot(String namespace, String what) throws GuestAgentException {
        if (!root) {
            throw new GuestAgentException(GuestFault.NOT_PERMITTED, namespace + ": " + what + " needs root");
        }
    }

    static int effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Without /proc we cannot tell: assume the least privilege.
        }
        return -1;
    }
}

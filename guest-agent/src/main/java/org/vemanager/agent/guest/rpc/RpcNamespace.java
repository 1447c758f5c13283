package org.vemanager.agent.guest.rpc;

import java.util.Map;

/** One namespace of the API ("system", "accounts", …): its methods by full name ("accounts.lock"). */
public interface RpcNamespace {
    Map<String, RpcMethod> methods();

    /** XML-RPC has no void: changes answer {@code true}. */
    Boolean DONE = Boolean.TRUE;
}

package org.vemanager.agent.guest.rpc;

import org.vemanager.agent.guest.api.GuestAgentException;

/** One XML-RPC method: parameters in, an XML-RPC value (never null) out. */
@FunctionalInterface
public interface RpcMethod {
    Object call(Params params) throws GuestAgentException;
}

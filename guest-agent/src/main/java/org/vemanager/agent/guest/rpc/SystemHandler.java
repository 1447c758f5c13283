package org.vemanager.agent.guest.rpc;

import java.util.Map;
import org.vemanager.agent.guest.api.SystemApi;
import org.vemanager.agent.guest.os.SystemProbe;

/** The {@code system} namespace over {@link SystemProbe}. */
public final class SystemHandler implements RpcNamespace {
    private final SystemProbe probe;

    public SystemHandler(SystemProbe probe) {
        this.probe = probe;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return Map.of(SystemApi.INFO, p -> probe.info().toStruct());
    }
}

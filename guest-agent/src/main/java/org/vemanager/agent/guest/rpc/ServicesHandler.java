package org.vemanager.agent.guest.rpc;

import java.util.Map;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.ServiceUnit;
import org.vemanager.agent.guest.api.ServicesApi;
import org.vemanager.agent.guest.os.Systemd;

/** The {@code services} namespace over {@link Systemd}. */
public final class ServicesHandler implements RpcNamespace {
    private final Systemd systemd;

    public ServicesHandler(Systemd systemd) {
        this.systemd = systemd;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return Map.of(
            ServicesApi.LIST, p -> {
                p.expect(0);
                return systemd.list().stream().map(ServiceUnit::toStruct).toArray();
            },
            ServicesApi.START, p -> act("start", p),
            ServicesApi.STOP, p -> act("stop", p),
            ServicesApi.RESTART, p -> act("restart", p),
            ServicesApi.ENABLE, p -> act("enable", p),
            ServicesApi.DISABLE, p -> act("disable", p));
    }

    private Object act(String verb, Params p) throws GuestAgentException {
        systemd.act(verb, p.expect(1).string(0, "unit"));
        return DONE;
    }
}

package org.vemanager.agent.node.guest;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.agent.guest.api.ServiceUnit;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_GuestService: a systemd service unit of a guest, Name = the unit name. Started when it is
 * active; EnabledDefault 2 (enabled at boot), 3 (disabled), 5 (static: not applicable) or 7 (no default).
 * StartService/StopService act now, EnableService/DisableService change the boot behaviour.
 * A guest without systemd answers NOT_SUPPORTED ("not available in this guest").
 */
final class GuestServiceProvider extends GuestListedProvider<ServiceUnit> implements MethodProvider {

    GuestServiceProvider(GuestDirectory guests) {
        super(guests, GuestPaths.GUEST_SERVICE);
    }

    @Override
    List<ServiceUnit> listed(GuestVm guest) throws CimException {
        return services(guest);
    }

    @Override
    CIMInstance instanceOf(GuestVm guest, ServiceUnit unit) {
        return instance(guest.uuid(), unit);
    }

    @Override
    ServiceUnit named(GuestVm guest, CIMObjectPath path) throws CimException {
        String name = Paths.stringKey(path, "Name");
        return guest.find(services(guest), unit -> unit.name().equals(name), "service '" + name + "'");
    }

    private static List<ServiceUnit> services(GuestVm guest) throws CimException {
        return guest.call("list services", client -> client.listServices());
    }

    static int enabledDefault(String unitFileState) {
        return switch (unitFileState) {
            case "enabled", "enabled-runtime", "alias" -> 2;
            case "disabled", "masked", "masked-runtime" -> 3;
            case "static", "indirect", "generated", "transient" -> 5;
            default -> 7;
        };
    }

    private static CIMInstance instance(String uuid, ServiceUnit unit) {
        boolean active = "active".equals(unit.activeState()) || "reloading".equals(unit.activeState());
        return GuestPaths.scopedBuilder(GuestPaths.GUEST_SERVICE, uuid, unit.name())
                .string("ElementName", unit.description().isEmpty() ? unit.name() : unit.description())
                .string("Description", unit.loadState() + ", " + unit.activeState() + " (" + unit.subState() + ")")
                .bool("Started", active)
                .uint16("EnabledState", active ? 2 : 3)
                .uint16("EnabledDefault", enabledDefault(unit.unitFileState()))
                .build();
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] in) throws CimException {
        GuestVm guest = guests.guest(GuestPaths.requireUuid(target));
        String unit = Paths.stringKey(target, "Name");
        switch (methodName.toLowerCase(java.util.Locale.ROOT)) {
            case "startservice" -> guest.call("start service '" + unit + "'", client -> {
                client.start(unit);
                return null;
            });
            case "stopservice" -> guest.call("stop service '" + unit + "'", client -> {
                client.stop(unit);
                return null;
            });
            case "enableservice" -> guest.call("enable service '" + unit + "'", client -> {
                client.enable(unit);
                return null;
            });
            case "disableservice" -> guest.call("disable service '" + unit + "'", client -> {
                client.disable(unit);
                return null;
            });
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE,
                    "VEM_GuestService." + methodName + " is not available");
        }
        return MethodResult.of(0);
    }
}

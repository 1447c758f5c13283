package org.vemanager.agent.node.guest;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_AccountCapabilities (DSP1034 account state management): one per guest that answers, InstanceID
 * {@code VEM:<uuid>:account-states}, saying what VEM_Account.RequestStateChange does: 2 (Enabled,
 * unlock) and 3 (Disabled, lock). An account's ElementName cannot be edited.
 */
final class AccountCapabilitiesProvider implements InstanceProvider {

    private final GuestDirectory guests;

    AccountCapabilitiesProvider(GuestDirectory guests) {
        this.guests = guests;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(GuestPaths.ACCOUNT_STATE_CAPABILITIES);
    }

    private static CIMInstance instance(GuestVm guest) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.ACCOUNT_STATE_CAPABILITIES)
                .key("InstanceID", (String) GuestPaths.accountStateCapabilities(guest.uuid()).getKey("InstanceID").getValue())
                .string("ElementName", "Account states of " + guest.name())
                .uint16s("RequestedStatesSupported", AccountProvider.ENABLED, AccountProvider.DISABLED)
                .bool("ElementNameEditSupported", false)
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            guest.call("check that it answers", client -> client.info());
            sink.accept(instance(guest));
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        String uuid = GuestPaths.uuidOf(path);
        if (uuid == null || !Paths.same(path, GuestPaths.accountStateCapabilities(uuid))) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        GuestVm guest = guests.guest(uuid);
        guest.call("check that it answers", client -> client.info());
        return instance(guest);
    }
}

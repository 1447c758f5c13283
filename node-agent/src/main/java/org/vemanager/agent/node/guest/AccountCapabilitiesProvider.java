package org.vemanager.agent.node.guest;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * VEM_AccountCapabilities (DSP1034 account state management): one per guest that answers, InstanceID
 * {@code VEM:<uuid>:account-states}, saying what VEM_Account.RequestStateChange does: 2 (Enabled,
 * unlock) and 3 (Disabled, lock). An account's ElementName cannot be edited.
 */
final class AccountCapabilitiesProvider extends PerGuestInstanceProvider {

    AccountCapabilitiesProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ACCOUNT_STATE_CAPABILITIES);
    }

    @Override
    CIMInstance instance(GuestVm guest) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.ACCOUNT_STATE_CAPABILITIES)
                .key("InstanceID", (String) GuestPaths.accountStateCapabilities(guest.uuid()).getKey("InstanceID").getValue())
                .string("ElementName", "Account states of " + guest.name())
                .uint16s("RequestedStatesSupported", AccountProvider.ENABLED, AccountProvider.DISABLED)
                .bool("ElementNameEditSupported", false)
                .build();
    }

    @Override
    String uuidNamed(CIMObjectPath path) throws CimException {
        String uuid = GuestPaths.uuidOf(path);
        if (uuid == null || !Paths.same(path, GuestPaths.accountStateCapabilities(uuid))) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        return uuid;
    }
}

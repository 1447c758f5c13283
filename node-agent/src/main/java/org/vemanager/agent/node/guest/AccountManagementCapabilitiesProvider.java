package org.vemanager.agent.node.guest;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * VEM_AccountManagementCapabilities (DSP1034): one per guest that answers, InstanceID
 * {@code VEM:<uuid>:accounts}. OperationsSupported says what the service truly does: Create
 * (CreateAccount), Modify (ModifyInstance of an account's UserPassword; no other property) and
 * Delete (DeleteInstance on VEM_Account). ElementName cannot be edited; the number of accounts is
 * not limited by us.
 */
final class AccountManagementCapabilitiesProvider extends PerGuestInstanceProvider {

    static final int CREATE = 2;
    static final int MODIFY = 3;
    static final int DELETE = 4;

    AccountManagementCapabilitiesProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ACCOUNT_CAPABILITIES);
    }

    @Override
    CIMInstance instance(GuestVm guest) {
        return new InstanceBuilder(GuestPaths.NAMESPACE, GuestPaths.ACCOUNT_CAPABILITIES)
                .key("InstanceID", GuestPaths.capabilitiesId(guest.uuid()))
                .string("ElementName", "Account management of " + guest.name())
                .uint16s("OperationsSupported", CREATE, MODIFY, DELETE)
                .bool("ElementNameEditSupported", false)
                .uint16("MaximumAccountsSupported", 0)
                .build();
    }

    @Override
    String uuidNamed(CIMObjectPath path) throws CimException {
        String uuid = GuestPaths.uuidOf(path);
        if (uuid == null || !GuestPaths.capabilitiesId(uuid).equalsIgnoreCase(Paths.stringKey(path, "InstanceID"))) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        return uuid;
    }
}

package org.vemanager.agent.node.guest;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_Account (DSP1034): a user of a guest. EnabledState 3 (Disabled) when its password is locked.
 * RequestStateChange 3 locks, 2 unlocks; DeleteInstance deletes the user (its home directory stays);
 * ModifyInstance of UserPassword sets the password.
 * Accounts are created with VEM_AccountManagementService.CreateAccount, as DSP1034 says.
 */
final class AccountProvider extends GuestListedProvider<UserAccount> implements InstanceWriteProvider, MethodProvider {

    static final int ENABLED = 2;
    static final int DISABLED = 3;

    AccountProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ACCOUNT);
    }

    @Override
    List<UserAccount> listed(GuestVm guest) throws CimException {
        return users(guest);
    }

    @Override
    CIMInstance instanceOf(GuestVm guest, UserAccount user) {
        return instance(guest, user);
    }

    @Override
    UserAccount named(GuestVm guest, CIMObjectPath path) throws CimException {
        return user(guest, Paths.stringKey(path, "Name"));
    }

    static List<UserAccount> users(GuestVm guest) throws CimException {
        return guest.call("list accounts", client -> client.listUsers());
    }

    /** The user a VEM_Account path names, read from its guest; NOT_FOUND when absent. */
    static UserAccount user(GuestVm guest, String name) throws CimException {
        return guest.find(users(guest), user -> user.name().equals(name), "account '" + name + "'");
    }

    /**
     * CIM_Account requires OrganizationName, "the organization related to the account": a local account
     * belongs to its VM's user database, so it is the VM's name.
     */
    static CIMInstance instance(GuestVm guest, UserAccount user) {
        boolean locked = user.passwordStatus() == PasswordStatus.LOCKED;
        return GuestPaths.scopedBuilder(GuestPaths.ACCOUNT, guest.uuid(), user.name())
                .string("UserID", user.name())
                .strings("OrganizationName", guest.name())
                .string("ElementName", user.name())
                .string("Description", user.comment())
                .uint16("EnabledState", locked ? DISABLED : ENABLED)
                .uint16("RequestedState", 12)
                .build();
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED,
                "VEM_Account: create accounts with VEM_AccountManagementService.CreateAccount (DSP1034)");
    }

    /**
     * Changes the password (UserPassword, plain or as DMTF's octet string; the first value counts).
     * Every other property is read-only here: asking to change one is NOT_SUPPORTED, and nothing changes.
     */
    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        String[] asked = propertyList != null ? propertyList
                : java.util.Arrays.stream(modified.getProperties()).filter(p -> !p.isKey()).map(CIMProperty::getName)
                        .toArray(String[]::new);
        for (String name : asked) {
            if (!"UserPassword".equalsIgnoreCase(name)) {
                throw new CimException(CimStatus.NOT_SUPPORTED, "VEM_Account." + name + " cannot be changed: only "
                        + "UserPassword can (lock and unlock with RequestStateChange)");
            }
        }
        String password = UserPasswords.first(modified);
        if (password == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "UserPassword: expected a new password as its first value");
        }
        GuestVm guest = guests.guest(GuestPaths.requireUuid(modified.getObjectPath()));
        String name = Paths.stringKey(modified.getObjectPath(), "Name");
        user(guest, name);
        guest.call("set the password of account '" + name + "'", client -> {
            client.setPassword(name, password);
            return null;
        });
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        GuestVm guest = guests.guest(GuestPaths.requireUuid(path));
        String name = Paths.stringKey(path, "Name");
        user(guest, name);
        guest.call("delete account '" + name + "'", client -> {
            client.deleteUser(name, false);
            return null;
        });
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] in) throws CimException {
        if (!"RequestStateChange".equalsIgnoreCase(methodName)) {
            throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, "VEM_Account." + methodName + " is not available");
        }
        Long requested = new MethodInputs(in).number("RequestedState");
        if (requested == null || requested != ENABLED && requested != DISABLED) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "RequestedState: expected 2 (Enabled = unlock) or "
                    + "3 (Disabled = lock), got " + requested);
        }
        GuestVm guest = guests.guest(GuestPaths.requireUuid(target));
        String name = Paths.stringKey(target, "Name");
        user(guest, name);
        boolean lock = requested == DISABLED;
        guest.call((lock ? "lock" : "unlock") + " account '" + name + "'", client -> {
            if (lock) {
                client.lock(name);
            } else {
                client.unlock(name);
            }
            return null;
        });
        return MethodResult.of(0, List.of(new CIMArgument<>("Job",
                new org.metricshub.wbem.javax.cim.CIMDataType("CIM_ConcreteJob"), null)));
    }
}

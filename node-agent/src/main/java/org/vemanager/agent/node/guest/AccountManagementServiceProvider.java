package org.vemanager.agent.node.guest;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_AccountManagementService (DSP1034): one per guest that answers, Name "accounts".
 * CreateAccount(System, AccountTemplate) creates the user named by the template's UserID (or Name),
 * with a home directory, and sets the first of its UserPassword values when there is one; it returns
 * the Account and its one Identity.
 */
final class AccountManagementServiceProvider extends PerGuestInstanceProvider implements MethodProvider {

    AccountManagementServiceProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ACCOUNT_SERVICE);
    }

    @Override
    CIMInstance instance(GuestVm guest) {
        return GuestPaths.scopedBuilder(GuestPaths.ACCOUNT_SERVICE, guest.uuid(), GuestPaths.ACCOUNT_SERVICE_NAME)
                .string("ElementName", "Accounts of " + guest.name())
                .uint16("EnabledState", 2)
                .uint16("RequestedState", 12)
                .bool("Started", true)
                .build();
    }

    @Override
    String uuidNamed(CIMObjectPath path) throws CimException {
        String uuid = GuestPaths.requireUuid(path);
        if (!GuestPaths.ACCOUNT_SERVICE_NAME.equals(Paths.stringKey(path, "Name"))) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        return uuid;
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] in) throws CimException {
        if (!"CreateAccount".equalsIgnoreCase(methodName)) {
            throw new CimException(CimStatus.METHOD_NOT_AVAILABLE,
                    "VEM_AccountManagementService." + methodName + " is not available");
        }
        String uuid = GuestPaths.requireUuid(target);
        Object system = new MethodInputs(in).value("System");
        if (!(system instanceof CIMObjectPath systemPath) || !uuid.equals(GuestPaths.uuidOf(systemPath))
                || !"VEM_ComputerSystem".equalsIgnoreCase(systemPath.getObjectName())) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "System: expected the VEM_ComputerSystem of this service's VM (" + uuid + "), got " + system);
        }
        Object template = new MethodInputs(in).value("AccountTemplate");
        if (!(template instanceof CIMInstance account)) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "AccountTemplate: expected an embedded CIM_Account "
                    + "instance with UserID (the user name), got " + template);
        }
        String name = text(account, "UserID") != null ? text(account, "UserID") : text(account, "Name");
        if (name == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "AccountTemplate: UserID (the user name) is required");
        }
        String comment = text(account, "ElementName") == null || text(account, "ElementName").equals(name)
                ? "" : text(account, "ElementName");
        String password = UserPasswords.first(account);
        GuestVm guest = guests.guest(uuid);
        guest.call("create account '" + name + "'", client -> {
            client.createUser(name, comment, true);
            if (password != null) {
                client.setPassword(name, password);
            }
            return null;
        });
        return MethodResult.of(0, List.of(
                new CIMArgument<>("Account", new CIMDataType(GuestPaths.ACCOUNT), GuestPaths.account(uuid, name)),
                new CIMArgument<>("Identities", new CIMDataType(GuestPaths.IDENTITY, 0),
                        new CIMObjectPath[] {GuestPaths.identity(uuid, GuestPaths.USER, name)})));
    }

    private static String text(CIMInstance instance, String property) {
        CIMProperty<?> p = instance.getProperty(property);
        return p != null && p.getValue() instanceof String s && !s.isEmpty() ? s : null;
    }
}

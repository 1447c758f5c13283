package org.vemanager.agent.node.guest;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_AssociatedPrivilege (DSP1039, one privilege): Subject = an account, Target = its VM; the
 * instance exists while the account is in the guest's administrators group (sudo, else wheel).
 * CreateInstance grants, DeleteInstance revokes.
 */
final class AssociatedPrivilegeProvider extends GuestAssociationProvider implements InstanceWriteProvider {

    static final String USE_KEY = "VEM:sudo";

    AssociatedPrivilegeProvider(GuestDirectory guests) {
        super(guests, GuestPaths.ASSOCIATED_PRIVILEGE, "Subject", "Target");
    }

    @Override
    List<Link> links(GuestVm guest) throws CimException {
        List<Link> links = new ArrayList<>();
        for (UserAccount user : AccountProvider.users(guest)) {
            if (user.admin()) {
                links.add(new Link(GuestPaths.account(guest.uuid(), user.name()), GuestPaths.system(guest.uuid())));
            }
        }
        return links;
    }

    @Override
    void describe(InstanceBuilder builder, Link link) {
        builder.key("UseKey", USE_KEY);
        builder.strings("ActivityQualifiers", "sudo");
        builder.bool("PrivilegeGranted", true);
    }

    private record Grant(GuestVm guest, String user) {
    }

    private Grant grant(CIMProperty<?>[] properties) throws CimException {
        CIMObjectPath subject = null;
        CIMObjectPath target = null;
        for (CIMProperty<?> p : properties) {
            if (p.getName().equalsIgnoreCase("Subject") && p.getValue() instanceof CIMObjectPath path) {
                subject = path;
            } else if (p.getName().equalsIgnoreCase("Target") && p.getValue() instanceof CIMObjectPath path) {
                target = path;
            }
        }
        if (subject == null || !GuestPaths.ACCOUNT.equalsIgnoreCase(subject.getObjectName())) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "Subject: expected a VEM_Account reference");
        }
        String uuid = GuestPaths.requireUuid(subject);
        if (target == null || !"VEM_ComputerSystem".equalsIgnoreCase(target.getObjectName())
                || !uuid.equals(GuestPaths.uuidOf(target))) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "Target: expected the VEM_ComputerSystem of the account's VM (" + uuid + ")");
        }
        GuestVm guest = guests.guest(uuid);
        String user = Paths.stringKey(subject, "Name");
        AccountProvider.user(guest, user);
        return new Grant(guest, user);
    }

    @Override
    public CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException {
        Grant g = grant(instance.getProperties());
        g.guest().call("grant administrator rights to '" + g.user() + "'", client -> {
            client.grantAdmin(g.user());
            return null;
        });
        return instance(new Link(GuestPaths.account(g.guest().uuid(), g.user()), GuestPaths.system(g.guest().uuid())))
                .getObjectPath();
    }

    @Override
    public void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException {
        throw new CimException(CimStatus.NOT_SUPPORTED, "VEM_AssociatedPrivilege: create it to grant, delete it to revoke");
    }

    @Override
    public void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException {
        Grant g = grant(path.getKeys());
        if (!AccountProvider.user(g.guest(), g.user()).admin()) {
            throw new CimException(CimStatus.NOT_FOUND, "'" + g.user() + "' has no administrator rights to revoke");
        }
        g.guest().call("revoke administrator rights of '" + g.user() + "'", client -> {
            client.revokeAdmin(g.user());
            return null;
        });
    }
}

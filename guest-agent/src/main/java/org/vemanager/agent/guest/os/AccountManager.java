package org.vemanager.agent.guest.os;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.GuestNames;
import org.vemanager.agent.guest.api.UserAccount;

/**
 * Changes local accounts with the shadow-utils tools (useradd, userdel, usermod, chpasswd,
 * gpasswd). Order in every method: validate the parameters, check root, check existence, act —
 * so a bad call changes nothing and says why.
 */
public final class AccountManager {
    private static final String NS = "accounts";

    private final AccountDatabase database;
    private final Privileges privileges;
    private final CommandRunner runner;

    public AccountManager(AccountDatabase database, Privileges privileges, CommandRunner runner) {
        this.database = database;
        this.privileges = privileges;
        this.runner = runner;
    }

    public void createUser(String name, String comment, boolean createHome) throws GuestAgentException {
        GuestNames.userName(name);
        GuestNames.comment(comment);
        privileges.requireRoot(NS, "creating users");
        if (database.user(name).isPresent()) {
            throw new GuestAgentException(GuestFault.INVALID_PARAMETER, "user name '" + name + "' is already taken");
        }
        List<String> args = new ArrayList<>(List.of(createHome ? "--create-home" : "--no-create-home"));
        if (!comment.isEmpty()) {
            args.addAll(List.of("--comment", comment));
        }
        args.addAll(List.of("--", name));
        act("useradd", args, null, "creating user " + name);
    }

    public void deleteUser(String name, boolean removeHome) throws GuestAgentException {
        UserAccount user = existingUser(name, "deleting users");
        if (user.uid() < database.firstOrdinaryUid()) {
            throw new GuestAgentException(GuestFault.NOT_PERMITTED,
                "accounts: refusing to delete system account '" + name + "' (uid " + user.uid() + ")");
        }
        act("userdel", removeHome ? List.of("--remove", "--", name) : List.of("--", name), null, "deleting user " + name);
    }

    public void setPassword(String name, String password) throws GuestAgentException {
        GuestNames.password(password);
        existingUser(name, "setting passwords");
        // chpasswd reads "user:password" lines on stdin, so the password never appears in a process list.
        act("chpasswd", List.of(), name + ":" + password + "\n", "setting the password of " + name);
    }

    public void lock(String name) throws GuestAgentException {
        refuseRoot(existingUser(name, "locking users"), "lock");
        act("usermod", List.of("--lock", "--", name), null, "locking " + name);
    }

    public void unlock(String name) throws GuestAgentException {
        existingUser(name, "unlocking users");
        act("usermod", List.of("--unlock", "--", name), null, "unlocking " + name);
    }

    public void addToGroup(String name, String group) throws GuestAgentException {
        GuestNames.groupName(group);
        existingUser(name, "changing group membership");
        existingGroup(group);
        act("gpasswd", List.of("--add", name, group), null, "adding " + name + " to " + group);
    }

    public void removeFromGroup(String name, String group) throws GuestAgentException {
        GuestNames.groupName(group);
        UserAccount user = existingUser(name, "changing group membership");
        existingGroup(group);
        if (!user.groups().contains(group)) {
            throw new GuestAgentException(GuestFault.NOT_FOUND, "accounts: user '" + name + "' is not a member of '" + group + "'");
        }
        act("gpasswd", List.of("--delete", name, group), null, "removing " + name + " from " + group);
    }

    public void grantAdmin(String name) throws GuestAgentException {
        UserAccount user = existingUser(name, "granting admin rights");
        String group = adminGroup();
        if (!user.groups().contains(group)) {
            act("gpasswd", List.of("--add", name, group), null, "adding " + name + " to " + group);
        }
    }

    public void revokeAdmin(String name) throws GuestAgentException {
        UserAccount user = existingUser(name, "revoking admin rights");
        refuseRoot(user, "revoke admin rights of");
        String group = adminGroup();
        if (user.groups().contains(group)) {
            act("gpasswd", List.of("--delete", name, group), null, "removing " + name + " from " + group);
        }
    }

    private UserAccount existingUser(String name, String what) throws GuestAgentException {
        GuestNames.userName(name);
        privileges.requireRoot(NS, what);
        return database.user(name).orElseThrow(() ->
            new GuestAgentException(GuestFault.NOT_FOUND, "accounts: no user named '" + name + "'"));
    }

    private void existingGroup(String group) throws GuestAgentException {
        if (database.group(group).isEmpty()) {
            throw new GuestAgentException(GuestFault.NOT_FOUND, "accounts: no group named '" + group + "'");
        }
    }

    private String adminGroup() throws GuestAgentException {
        return database.adminGroup().orElseThrow(() -> new GuestAgentException(GuestFault.NOT_SUPPORTED,
            "accounts: this system has no administrators group (" + String.join(", ", AccountDatabase.ADMIN_GROUPS) + ")"));
    }

    private static void refuseRoot(UserAccount user, String what) throws GuestAgentException {
        if (user.uid() == 0) {
            throw new GuestAgentException(GuestFault.NOT_PERMITTED, "accounts: refusing to " + what + " '" + user.name() + "' (uid 0)");
        }
    }

    private void act(String tool, List<String> args, String stdin, String what) throws GuestAgentException {
        CommandRunner.Result result = runner.run(tool, args, stdin);
        if (!result.ok()) {
            throw new GuestAgentException(GuestFault.OPERATION_FAILED, "accounts: " + what + " failed: " + result.diagnostic());
        }
    }
}

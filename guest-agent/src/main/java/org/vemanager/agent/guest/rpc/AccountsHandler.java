package org.vemanager.agent.guest.rpc;

import java.util.Map;
import org.vemanager.agent.guest.api.AccountsApi;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.agent.guest.os.AccountDatabase;
import org.vemanager.agent.guest.os.AccountManager;

/** The {@code accounts} namespace over {@link AccountDatabase} (reads) and {@link AccountManager} (changes). */
public final class AccountsHandler implements RpcNamespace {
    private final AccountDatabase database;
    private final AccountManager manager;

    public AccountsHandler(AccountDatabase database, AccountManager manager) {
        this.database = database;
        this.manager = manager;
    }

    @Override
    public Map<String, RpcMethod> methods() {
        return Map.ofEntries(
            Map.entry(AccountsApi.LIST_USERS, p -> {
                p.expect(0);
                return database.users().stream().map(UserAccount::toStruct).toArray();
            }),
            Map.entry(AccountsApi.LIST_GROUPS, p -> {
                p.expect(0);
                return database.groups().stream().map(GroupInfo::toStruct).toArray();
            }),
            Map.entry(AccountsApi.CREATE_USER, p -> {
                p.expect(3);
                manager.createUser(p.string(0, "name"), p.string(1, "comment"), p.bool(2, "createHome"));
                return DONE;
            }),
            Map.entry(AccountsApi.DELETE_USER, p -> {
                p.expect(2);
                manager.deleteUser(p.string(0, "name"), p.bool(1, "removeHome"));
                return DONE;
            }),
            Map.entry(AccountsApi.SET_PASSWORD, p -> {
                p.expect(2);
                manager.setPassword(p.string(0, "name"), p.string(1, "password"));
                return DONE;
            }),
            Map.entry(AccountsApi.LOCK, p -> {
                manager.lock(p.expect(1).string(0, "name"));
                return DONE;
            }),
            Map.entry(AccountsApi.UNLOCK, p -> {
                manager.unlock(p.expect(1).string(0, "name"));
                return DONE;
            }),
            Map.entry(AccountsApi.ADD_TO_GROUP, p -> {
                p.expect(2);
                manager.addToGroup(p.string(0, "name"), p.string(1, "group"));
                return DONE;
            }),
            Map.entry(AccountsApi.REMOVE_FROM_GROUP, p -> {
                p.expect(2);
                manager.removeFromGroup(p.string(0, "name"), p.string(1, "group"));
                return DONE;
            }),
            Map.entry(AccountsApi.GRANT_ADMIN, p -> {
                manager.grantAdmin(p.expect(1).string(0, "name"));
                return DONE;
            }),
            Map.entry(AccountsApi.REVOKE_ADMIN, p -> {
                manager.revokeAdmin(p.expect(1).string(0, "name"));
                return DONE;
            }));
    }
}

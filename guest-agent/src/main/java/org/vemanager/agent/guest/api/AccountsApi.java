package org.vemanager.agent.guest.api;

import java.util.List;

/**
 * The {@code accounts} namespace: local users, groups and administrator rights. Every change
 * needs the agent to run as root ({@link GuestFault#NOT_PERMITTED} otherwise); every name is
 * checked by {@link GuestNames} ({@link GuestFault#INVALID_PARAMETER}). Changes answer
 * {@code true} on the wire.
 */
public interface AccountsApi {
    String LIST_USERS = "accounts.listUsers";
    String LIST_GROUPS = "accounts.listGroups";
    String CREATE_USER = "accounts.createUser";
    String DELETE_USER = "accounts.deleteUser";
    String SET_PASSWORD = "accounts.setPassword";
    String LOCK = "accounts.lock";
    String UNLOCK = "accounts.unlock";
    String ADD_TO_GROUP = "accounts.addToGroup";
    String REMOVE_FROM_GROUP = "accounts.removeFromGroup";
    String GRANT_ADMIN = "accounts.grantAdmin";
    String REVOKE_ADMIN = "accounts.revokeAdmin";

    /** {@code accounts.listUsers()} → array of {@link UserAccount}. */
    List<UserAccount> listUsers() throws GuestAgentException;

    /** {@code accounts.listGroups()} → array of {@link GroupInfo}. */
    List<GroupInfo> listGroups() throws GuestAgentException;

    /** {@code accounts.createUser(name, comment, createHome)}: useradd; the new account has no password yet. */
    void createUser(String name, String comment, boolean createHome) throws GuestAgentException;

    /** {@code accounts.deleteUser(name, removeHome)}: userdel; refuses root and system accounts. */
    void deleteUser(String name, boolean removeHome) throws GuestAgentException;

    /** {@code accounts.setPassword(name, password)}: chpasswd, {@code name:password} on its stdin. */
    void setPassword(String name, String password) throws GuestAgentException;

    /** {@code accounts.lock(name)}: usermod -L (password login disabled). */
    void lock(String name) throws GuestAgentException;

    /** {@code accounts.unlock(name)}: usermod -U. */
    void unlock(String name) throws GuestAgentException;

    /** {@code accounts.addToGroup(name, group)}: gpasswd -a. */
    void addToGroup(String name, String group) throws GuestAgentException;

    /** {@code accounts.removeFromGroup(name, group)}: gpasswd -d. */
    void removeFromGroup(String name, String group) throws GuestAgentException;

    /** {@code accounts.grantAdmin(name)}: membership of the administrators group (sudo, else wheel). */
    void grantAdmin(String name) throws GuestAgentException;

    /** {@code accounts.revokeAdmin(name)}: removes that membership. */
    void revokeAdmin(String name) throws GuestAgentException;
}

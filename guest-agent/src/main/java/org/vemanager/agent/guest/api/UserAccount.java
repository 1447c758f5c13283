package org.vemanager.agent.guest.api;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code accounts.listUsers}: a line of /etc/passwd, its password state from
 * /etc/shadow and its supplementary groups from /etc/group.
 *
 * @param admin whether the user is in the system's administrators group (sudo or wheel)
 */
public record UserAccount(String name, int uid, int gid, String comment, String home, String shell,
                          PasswordStatus passwordStatus, List<String> groups, boolean admin) {

    public UserAccount {
        groups = List.copyOf(groups);
    }

    public Map<String, Object> toStruct() {
        return Map.of("name", name, "uid", uid, "gid", gid, "comment", comment, "home", home, "shell", shell,
            "passwordStatus", passwordStatus.name(), "groups", groups.toArray(), "admin", admin);
    }

    public static UserAccount fromStruct(Map<?, ?> s) throws GuestAgentException {
        return new UserAccount(Structs.string(s, "name"), Structs.integer(s, "uid"), Structs.integer(s, "gid"),
            Structs.string(s, "comment"), Structs.string(s, "home"), Structs.string(s, "shell"),
            PasswordStatus.parse(Structs.string(s, "passwordStatus")), Structs.strings(s, "groups"),
            Structs.bool(s, "admin"));
    }
}

package org.vemanager.agent.guest.api;

import java.util.List;
import java.util.Map;

/** One entry of {@code accounts.listGroups}: a line of /etc/group. */
public record GroupInfo(String name, int gid, List<String> members) {

    public GroupInfo {
        members = List.copyOf(members);
    }

    public Map<String, Object> toStruct() {
        return Map.of("name", name, "gid", gid, "members", members.toArray());
    }

    public static GroupInfo fromStruct(Map<?, ?> s) throws GuestAgentException {
        return new GroupInfo(Structs.string(s, "name"), Structs.integer(s, "gid"), Structs.strings(s, "members"));
    }
}

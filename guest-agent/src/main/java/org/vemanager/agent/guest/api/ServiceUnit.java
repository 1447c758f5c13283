package org.vemanager.agent.guest.api;

import java.util.Map;

/**
 * One entry of {@code services.list}: a systemd service unit and its states, as
 * {@code systemctl list-units} and {@code list-unit-files} report them.
 *
 * @param unitFileState enabled, disabled, static, masked, … or "" when the unit has no unit file
 */
public record ServiceUnit(String name, String description, String loadState, String activeState, String subState,
                          String unitFileState) {

    public Map<String, Object> toStruct() {
        return Map.of("name", name, "description", description, "loadState", loadState, "activeState", activeState,
            "subState", subState, "unitFileState", unitFileState);
    }

    public static ServiceUnit fromStruct(Map<?, ?> s) throws GuestAgentException {
        return new ServiceUnit(Structs.string(s, "name"), Structs.string(s, "description"),
            Structs.string(s, "loadState"), Structs.string(s, "activeState"), Structs.string(s, "subState"),
            Structs.string(s, "unitFileState"));
    }
}

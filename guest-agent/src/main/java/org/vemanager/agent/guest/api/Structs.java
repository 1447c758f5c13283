package org.vemanager.agent.guest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of an XML-RPC struct (a {@code Map}) into Java types, strictly: a missing field
 * or one of the wrong type is a {@link GuestFault#MALFORMED_RESPONSE}, because structs are read
 * on the client from a guest we do not trust.
 */
public final class Structs {
    private Structs() {
    }

    public static Map<?, ?> struct(Object value, String what) throws GuestAgentException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw malformed(what + " is not a struct");
    }

    public static List<Object> array(Object value, String what) throws GuestAgentException {
        if (value instanceof Object[] items) {
            return List.of(items);
        }
        if (value instanceof List<?> items) {
            return new ArrayList<>(items);
        }
        throw malformed(what + " is not an array");
    }

    public static String string(Map<?, ?> struct, String key) throws GuestAgentException {
        if (struct.get(key) instanceof String text) {
            return text;
        }
        throw malformed("field '" + key + "' is missing or not a string");
    }

    public static int integer(Map<?, ?> struct, String key) throws GuestAgentException {
        if (struct.get(key) instanceof Integer number) {
            return number;
        }
        throw malformed("field '" + key + "' is missing or not an int");
    }

    /** An int field a newer peer may send and an older one leaves out: {@code null} when absent. */
    public static Integer optionalInteger(Map<?, ?> struct, String key) throws GuestAgentException {
        return struct.containsKey(key) ? Integer.valueOf(integer(struct, key)) : null;
    }

    public static double real(Map<?, ?> struct, String key) throws GuestAgentException {
        if (struct.get(key) instanceof Double number) {
            return number;
        }
        throw malformed("field '" + key + "' is missing or not a double");
    }

    public static boolean bool(Map<?, ?> struct, String key) throws GuestAgentException {
        if (struct.get(key) instanceof Boolean flag) {
            return flag;
        }
        throw malformed("field '" + key + "' is missing or not a boolean");
    }

    public static List<String> strings(Map<?, ?> struct, String key) throws GuestAgentException {
        List<String> out = new ArrayList<>();
        for (Object item : array(struct.get(key), "field '" + key + "'")) {
            if (!(item instanceof String text)) {
                throw malformed("field '" + key + "' holds a non-string");
            }
            out.add(text);
        }
        return List.copyOf(out);
    }

    /** A list converted element by element, e.g. {@code list(result, "users", UserAccount::fromStruct)}. */
    public static <T> List<T> list(Object value, String what, FromStruct<T> reader) throws GuestAgentException {
        List<T> out = new ArrayList<>();
        for (Object item : array(value, what)) {
            out.add(reader.read(struct(item, what + " element")));
        }
        return List.copyOf(out);
    }

    /** XML-RPC has no null: absent text is sent as the empty string. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static GuestAgentException malformed(String why) {
        return new GuestAgentException(GuestFault.MALFORMED_RESPONSE, "unexpected reply from the guest-agent: " + why);
    }

    /** Reads one value type from its struct. */
    @FunctionalInterface
    public interface FromStruct<T> {
        T read(Map<?, ?> struct) throws GuestAgentException;
    }
}

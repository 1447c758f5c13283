package org.vemanager.agent.guest.rpc;

import java.util.List;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/** The positional parameters of one call, read with the type each method expects. */
public final class Params {
    private final String method;
    private final List<Object> values;

    public Params(String method, List<Object> values) {
        this.method = method;
        this.values = values;
    }

    /** Fails unless exactly {@code count} parameters were sent. */
    public Params expect(int count) throws GuestAgentException {
        if (values.size() != count) {
            throw new GuestAgentException(GuestFault.NO_SUCH_METHOD,
                method + " takes " + count + " parameter(s), got " + values.size());
        }
        return this;
    }

    public String string(int index, String name) throws GuestAgentException {
        return typed(index, name, String.class, "a string");
    }

    public int integer(int index, String name) throws GuestAgentException {
        return typed(index, name, Integer.class, "an int");
    }

    public boolean bool(int index, String name) throws GuestAgentException {
        return typed(index, name, Boolean.class, "a boolean");
    }

    private <T> T typed(int index, String name, Class<T> type, String what) throws GuestAgentException {
        Object value = values.get(index);
        if (!type.isInstance(value)) {
            throw new GuestAgentException(GuestFault.INVALID_PARAMETER,
                method + ": parameter " + (index + 1) + " (" + name + ") must be " + what);
        }
        return type.cast(value);
    }
}

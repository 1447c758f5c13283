package org.vemanager.agent.guest.api;

/**
 * The one error of the guest-agent protocol, on both sides: the server turns it into an XML-RPC
 * fault (code and message only, never a Java object); the client raises it for every fault it
 * receives and for every way the exchange can fail.
 */
public class GuestAgentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final GuestFault fault;

    public GuestAgentException(GuestFault fault, String message) {
        super(message);
        this.fault = fault;
    }

    public GuestAgentException(GuestFault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    public GuestFault fault() {
        return fault;
    }

    /** Shorthand for a bad parameter: says which parameter and why. */
    public static GuestAgentException invalid(String parameter, Object value, String why) {
        return new GuestAgentException(GuestFault.INVALID_PARAMETER,
            parameter + " '" + GuestNames.printable(value) + "' is not valid: " + why);
    }
}

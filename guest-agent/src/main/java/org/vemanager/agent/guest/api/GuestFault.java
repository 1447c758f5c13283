package org.vemanager.agent.guest.api;

/**
 * The stable fault codes of the guest-agent protocol. Codes below 100 travel on the wire as the
 * XML-RPC {@code faultCode}; codes from 100 up are raised by the client itself (the guest never
 * answered usefully). The numbers are part of the protocol: never renumber, only add.
 */
public enum GuestFault {
    /** A fault code the client does not know (a newer or foreign guest-agent). */
    UNKNOWN(0),
    /** The request carried no token, or the wrong one (HTTP 401). Nothing was done. */
    AUTHENTICATION_FAILED(10),
    /** More requests per second than the agent accepts (HTTP 429). Nothing was done. */
    RATE_LIMITED(11),
    /** The request body is larger than the agent accepts (HTTP 413). Nothing was done. */
    REQUEST_TOO_LARGE(12),
    /** The request is not well-formed XML-RPC (or carries a DTD). Nothing was done. */
    MALFORMED_REQUEST(13),
    /** No such method, or the wrong number or types of parameters. */
    NO_SUCH_METHOD(14),
    /** A parameter is not valid (the message names it and says why). Nothing was done. */
    INVALID_PARAMETER(20),
    /** The user, group, process or unit named does not exist. */
    NOT_FOUND(21),
    /** The agent lacks the privilege for this operation (typically: it is not running as root). */
    NOT_PERMITTED(30),
    /** This system cannot do it at all (e.g. systemd is not running). */
    NOT_SUPPORTED(31),
    /** The system tool ran and failed; the message carries its diagnostic. */
    OPERATION_FAILED(40),
    /** A bug in the agent; details are in the agent's log, not on the wire. */
    INTERNAL_ERROR(50),

    /** Client side: the agent could not be reached (refused, reset, TLS handshake failure). */
    CONNECTION_FAILED(100),
    /** Client side: no complete reply within the reply timeout. */
    TIMEOUT(101),
    /** Client side: the reply was larger than the client accepts; it was not read. */
    RESPONSE_TOO_LARGE(102),
    /** Client side: the reply is not well-formed XML-RPC, carries a DTD, or has unexpected content. */
    MALFORMED_RESPONSE(103),
    /** Client side: the agent's certificate does not match the pinned SHA-256 fingerprint. */
    CERTIFICATE_MISMATCH(104);

    private final int code;

    GuestFault(int code) {
        this.code = code;
    }

    /** The number that travels as {@code faultCode}. */
    public int code() {
        return code;
    }

    /** The fault with this code, or {@link #UNKNOWN}. */
    public static GuestFault ofCode(int code) {
        for (GuestFault fault : values()) {
            if (fault.code == code) {
                return fault;
            }
        }
        return UNKNOWN;
    }
}

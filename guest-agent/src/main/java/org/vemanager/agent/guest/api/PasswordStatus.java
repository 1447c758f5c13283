package org.vemanager.agent.guest.api;

/** The state of an account's password, as {@code passwd -S} reports it (from /etc/shadow). */
public enum PasswordStatus {
    /** A usable password is set. */
    USABLE,
    /** The password is locked ('!' prefix): no password login. */
    LOCKED,
    /** No password at all. */
    EMPTY,
    /** The agent cannot read /etc/shadow (it is not root). */
    UNKNOWN;

    public static PasswordStatus parse(String text) throws GuestAgentException {
        for (PasswordStatus status : values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        throw new GuestAgentException(GuestFault.MALFORMED_RESPONSE, "unexpected password status '" + text + "'");
    }
}

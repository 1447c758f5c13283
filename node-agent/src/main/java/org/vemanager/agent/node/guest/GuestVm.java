package org.vemanager.agent.node.guest;

import java.util.List;
import java.util.function.Predicate;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * One running VM whose guest-agent is configured, and the one place where the guest-agent's
 * failures become CIM errors: every message names the VM, so a user of a cluster knows which guest
 * misbehaved; no message carries more of the guest's words than the client let through (control
 * characters stripped, 1,000 characters at most).
 */
public record GuestVm(String uuid, String name, GuestAgentClient client) {

    /** One exchange with the guest-agent. */
    @FunctionalInterface
    public interface GuestCall<T> {
        T apply(GuestAgentClient client) throws GuestAgentException;
    }

    /** Runs {@code call}; {@code what} says what we asked for, e.g. "list accounts". */
    public <T> T call(String what, GuestCall<T> call) throws CimException {
        try {
            return call.apply(client);
        } catch (GuestAgentException e) {
            throw translate(what, e);
        }
    }

    /** Whether a failure means the guest did not answer usefully at all (skipped in enumerations). */
    static boolean unanswered(GuestFault fault) {
        return switch (fault) {
            case TIMEOUT, CONNECTION_FAILED, RESPONSE_TOO_LARGE, MALFORMED_RESPONSE, CERTIFICATE_MISMATCH,
                    AUTHENTICATION_FAILED, RATE_LIMITED, UNKNOWN -> true;
            default -> false;
        };
    }

    /**
     * The first of {@code items} (read from this guest) that {@code matches}; NOT_FOUND "no {@code what} in VM
     * …" naming this VM when none does.
     */
    public <T> T find(List<T> items, Predicate<? super T> matches, String what) throws CimException {
        for (T item : items) {
            if (matches.test(item)) {
                return item;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + what + " in VM '" + name + "' (" + uuid + ")");
    }

    public String label() {
        return "guest-agent of VM '" + name + "' (" + uuid + ")";
    }

    CimException translate(String what, GuestAgentException e) {
        String message = e.getMessage();
        return switch (e.fault()) {
            case TIMEOUT -> new GuestCimException(CimStatus.FAILED, label() + " did not answer within "
                    + client.config().replyTimeout().toSeconds() + " s (" + what + ")", e.fault());
            case CONNECTION_FAILED -> new GuestCimException(CimStatus.FAILED, label() + " could not be reached ("
                    + what + "): " + message, e.fault());
            case CERTIFICATE_MISMATCH -> new GuestCimException(CimStatus.FAILED, label() + " presented a certificate "
                    + "that does not match the configured fingerprint (" + what + "): " + message, e.fault());
            case AUTHENTICATION_FAILED -> new GuestCimException(CimStatus.FAILED, label() + " refused the node-agent's "
                    + "token (" + what + "); configure the VM's guest-agent token again", e.fault());
            case RESPONSE_TOO_LARGE, MALFORMED_RESPONSE, UNKNOWN -> new GuestCimException(CimStatus.FAILED, label()
                    + " sent an unusable reply (" + what + "): " + message, e.fault());
            case INVALID_PARAMETER -> new GuestCimException(CimStatus.INVALID_PARAMETER, label() + " (" + what + "): "
                    + message, e.fault());
            case NOT_FOUND -> new GuestCimException(CimStatus.NOT_FOUND, label() + " (" + what + "): " + message,
                    e.fault());
            case NOT_PERMITTED -> new GuestCimException(CimStatus.ACCESS_DENIED, label() + " is not permitted to "
                    + what + ": " + message, e.fault());
            case NOT_SUPPORTED, NO_SUCH_METHOD -> new GuestCimException(CimStatus.NOT_SUPPORTED, label() + ": " + what
                    + " is not available in this guest: " + message, e.fault());
            default -> new GuestCimException(CimStatus.FAILED, label() + " failed to " + what + ": " + message,
                    e.fault());
        };
    }

    /** A CIM error that remembers which guest fault it came from, so enumerations can tell "no answer" apart. */
    static final class GuestCimException extends CimException {
        private static final long serialVersionUID = 1L;
        private final transient GuestFault fault;

        GuestCimException(CimStatus status, String description, GuestFault fault) {
            super(status, description);
            this.fault = fault;
        }

        GuestFault fault() {
            return fault;
        }
    }
}

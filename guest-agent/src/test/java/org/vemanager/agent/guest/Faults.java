package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/** Assertions on the guest-agent's faults. */
public final class Faults {
    private Faults() {
    }

    /** Runs the call, asserts it failed with this fault, and returns the exception for more checks. */
    public static GuestAgentException expectFault(GuestFault fault, ThrowableAssert.ThrowingCallable call) {
        GuestAgentException e = catchThrowableOfType(GuestAgentException.class, call);
        assertThat(e).as("expected the fault " + fault).isNotNull();
        assertThat(e.fault()).as(e.getMessage()).isEqualTo(fault);
        return e;
    }
}

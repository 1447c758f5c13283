package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ServiceUnit;

/**
 * systemd units through a real agent. Where systemd runs (/run/systemd/system exists) the unit list
 * is real and an unknown unit is refused by systemctl; where it does not (containers, CI) every
 * services call answers the clear NOT_SUPPORTED fault.
 */
class ServicesTest {
    private static final boolean SYSTEMD = Files.isDirectory(Path.of("/run/systemd/system"));

    @RegisterExtension
    static final RunningAgent agent = RunningAgent.perClass();

    @Test
    void listingServices() throws Exception {
        if (SYSTEMD) {
            assertThat(agent.client().listServices()).extracting(ServiceUnit::name).allMatch(n -> n.endsWith(".service")).isNotEmpty();
        } else {
            GuestAgentException e = expectFault(GuestFault.NOT_SUPPORTED, agent.client()::listServices);
            assertThat(e).hasMessage("services: systemd is not running on this system");
        }
    }

    @Test
    void startingAndStoppingAUnit() throws Exception {
        String absent = "vemt-no-such-unit.service";
        if (SYSTEMD) {
            GuestAgentException e = expectFault(GuestFault.NOT_FOUND, () -> agent.client().start(absent));
            assertThat(e).hasMessageContaining(absent);
        } else {
            expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().start(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().stop(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().restart(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().enable(absent));
            GuestAgentException e = expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().disable(absent));
            assertThat(e).hasMessage("services: systemd is not running on this system");
        }
    }
}

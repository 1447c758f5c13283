package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ServiceUnit;
import org.vemanager.agent.guest.client.GuestAgentClient;

/**
 * systemd units through a real agent. Where systemd runs (/run/systemd/system exists) the unit list
 * is real and an unknown unit is refused by systemctl; where it does not (containers, CI) every
 * services call answers the clear NOT_SUPPORTED fault.
 */
class ServicesTest {
    private static final boolean SYSTEMD = Files.isDirectory(Path.of("/run/systemd/system"));

    @TempDir
    static Path stateDir;
    static RunningAgent agent;
    static GuestAgentClient client;

    @BeforeAll
    static void start() throws Exception {
        agent = RunningAgent.start(stateDir);
        client = agent.client();
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    @Test
    void listingServices() throws Exception {
        if (SYSTEMD) {
            assertThat(client.listServices()).extracting(ServiceUnit::name).allMatch(n -> n.endsWith(".service")).isNotEmpty();
        } else {
            GuestAgentException e = expectFault(GuestFault.NOT_SUPPORTED, client::listServices);
            assertThat(e).hasMessage("services: systemd is not running on this system");
        }
    }

    @Test
    void startingAndStoppingAUnit() throws Exception {
        String absent = "vemt-no-such-unit.service";
        if (SYSTEMD) {
            GuestAgentException e = expectFault(GuestFault.NOT_FOUND, () -> client.start(absent));
            assertThat(e).hasMessageContaining(absent);
        } else {
            expectFault(GuestFault.NOT_SUPPORTED, () -> client.start(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> client.stop(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> client.restart(absent));
            expectFault(GuestFault.NOT_SUPPORTED, () -> client.enable(absent));
            GuestAgentException e = expectFault(GuestFault.NOT_SUPPORTED, () -> client.disable(absent));
            assertThat(e).hasMessage("services: systemd is not running on this system");
        }
    }
}

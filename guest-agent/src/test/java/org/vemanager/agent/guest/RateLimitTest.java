package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.os.Privileges;
import org.vemanager.agent.guest.server.GuestAgentServer;

/** Requests beyond the configured rate get a clear RATE_LIMITED fault from a real agent. */
class RateLimitTest {
    @Test
    void requestsBeyondTheRateAreRefused(@TempDir Path stateDir) throws Exception {
        // One request per 10 s with a burst of 3: the 4th to 8th quick calls cannot all find a token.
        GuestAgentServer.Limits limits = new GuestAgentServer.Limits(0.1, 3, 64 * 1024, 2);
        try (RunningAgent agent = RunningAgent.start(stateDir, limits, Privileges.current())) {
            GuestAgentClient client = agent.client();
            List<GuestAgentException> refused = new ArrayList<>();
            int answered = 0;
            for (int i = 0; i < 8; i++) {
                try {
                    client.info();
                    answered++;
                } catch (GuestAgentException e) {
                    refused.add(e);
                }
            }

            assertThat(answered).isBetween(3, 4);
            assertThat(refused).isNotEmpty().allSatisfy(e -> {
                assertThat(e.fault()).isEqualTo(GuestFault.RATE_LIMITED);
                assertThat(e).hasMessageContaining("rate limit exceeded");
            });
        }
    }
}

package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.client.GuestAgentClient;

/**
 * Connections that stall — mid-TLS-handshake, or before sending anything — must not starve the
 * agent: a well-behaved client still gets its answer while they hang. (With the JDK's own HTTPS
 * server, eight such connections blocked every worker for its 30 s request timer.)
 */
class StalledConnectionsTest {
    @Test
    void stalledConnectionsDoNotBlockOthers(@TempDir Path stateDir) throws Exception {
        try (RunningAgent agent = RunningAgent.start(stateDir)) {
            int port = agent.server().address().getPort();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    Socket socket = new Socket("127.0.0.1", port);
                    OutputStream out = socket.getOutputStream();
                    // Half of them start a TLS record (handshake, 512 bytes announced) and never finish it.
                    out.write(i % 2 == 0 ? new byte[] {0x16, 0x03, 0x01, 0x02, 0x00} : "POST".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    stalled.add(socket);
                }
                GuestAgentClient client = new GuestAgentClient(agent.config().withTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(15)));

                assertThat(client.info().kernel()).isNotEmpty();
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }
}

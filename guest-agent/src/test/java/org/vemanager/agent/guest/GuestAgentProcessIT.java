package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.client.GuestAgentClientConfig;

/**
 * The agent as ./vem runs it: its own JVM (with -Djdk.serialFilter=!* as ./vem passes), a token file,
 * a generated certificate whose fingerprint it prints at start-up — which is all a node-agent needs.
 */
class GuestAgentProcessIT {
    private static final Pattern STARTED = Pattern.compile("listening on (https://\\S+/RPC2), certificate SHA-256 (\\S+)");

    @Test
    void startsPrintsItsFingerprintAndServes(@TempDir Path dir) throws Exception {
        String token = "it-token-0123456789abcdef";
        Path tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        Process agent = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djdk.serialFilter=!*", "-cp", System.getProperty("java.class.path"), GuestAgentMain.class.getName(),
            "--listen", "127.0.0.1:0", "--token-file", tokenFile.toString(), "--state-dir", dir.resolve("state").toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(agent.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(60, TimeUnit.SECONDS);
            Matcher started = STARTED.matcher(String.valueOf(line));
            assertThat(started.find()).as("start-up line: " + line).isTrue();

            GuestAgentClient client = new GuestAgentClient(
                GuestAgentClientConfig.https(URI.create(started.group(1)), token, started.group(2)));

            assertThat(client.info().hostname()).isEqualTo(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
            assertThat(client.listProcesses()).anyMatch(p -> p.pid() == agent.pid());
        } finally {
            agent.destroy();
            assertThat(agent.waitFor(30, TimeUnit.SECONDS)).as("the agent stops on SIGTERM").isTrue();
        }
    }
}

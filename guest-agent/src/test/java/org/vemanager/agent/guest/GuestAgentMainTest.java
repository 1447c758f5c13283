package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class GuestAgentMainTest {
    @Test
    void helpWorksAndTheProcessRefusesToDeserialize() throws Exception {
        assertThat(GuestAgentMain.run("--help")).isZero();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("a", "b")));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class);
        }
        // A second run in the same JVM finds the filter already in place and carries on.
        assertThat(GuestAgentMain.run("--version")).isZero();
    }

    @Test
    void aWorldReadableTokenFileIsRefused(@TempDir Path dir) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "0123456789abcdef0123456789abcdef");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));

        Outcome outcome = start("--token-file", token.toString(), "--state-dir", dir.toString(), "--listen", "127.0.0.1:0");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("readable by every user", "chmod 600");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--listen|127.0.0.1:0|--token-file is required",
        "--listen|nonsense|expected ADDR:PORT",
        "--listen|127.0.0.1:99999|port must be a number",
        "--tls-keystore|/nonexistent.p12|go together",
    })
    void badConfigurationIsAClearErrorAndNoServer(String option, String value, String message) {
        Outcome outcome = start(option, value);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains(message);
    }

    @Test
    void aShortTokenIsRefused(@TempDir Path dir) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "short");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));

        Outcome outcome = start("--token-file", token.toString(), "--state-dir", dir.toString(), "--listen", "127.0.0.1:0");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("at least 16");
    }

    private record Outcome(int status, String err) {
    }

    private static Outcome start(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new GuestAgentMain());
        command.setErr(new PrintWriter(err, true));
        return new Outcome(command.execute(args), err.toString());
    }
}

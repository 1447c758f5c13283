package org.vemanager.agent.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.agent.node.guest.GuestTokens;

/** The two mains of the node-agent module: help, the reject-all serialization filter, and guest-config's inputs. */
class GuestConfigMainTest {

    static final String UUID = "5a1e0c11-4444-4a4a-8b8b-000000000004";
    static final String FINGERPRINT = "AB".repeat(32);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"node-agent", "guest-config"})
    void helpWorksAndTheProcessRejectsEveryDeserialization(String main) throws Exception {
        int code = main.equals("node-agent") ? NodeAgentMain.run("--help") : GuestConfigMain.run("--help");

        assertThat(code).isZero();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("x")));
        }
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidClassException.class);
    }

    private Path host() throws Exception {
        Path host = dir.resolve("host.xml");
        Files.writeString(host, "<node><domain type='test'><name>vm1</name><uuid>" + UUID + "</uuid>"
                + "<memory unit='MiB'>128</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain></node>");
        return host;
    }

    @Test
    void configuresAVmByNameAndKeepsTheTokenPrivate() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), "0123456789abcdef0123\n");
        Path state = dir.resolve("state");

        int code = GuestConfigMain.run("--libvirt", "test://" + host(), "--state-dir", state.toString(), "--vm", "vm1",
                "--url", "https://192.0.2.10:8765/", "--fingerprint", FINGERPRINT, "--token-file", tokenFile.toString());

        assertThat(code).isZero();
        Path stored = new GuestTokens(state).file(UUID);
        assertThat(Files.readString(stored).strip()).isEqualTo("0123456789abcdef0123");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--vm=nosuchvm", "--url=http://192.0.2.10:8765/", "--fingerprint=12:34", "--url=not a url"})
    void badInputIsRefusedWithUsageExitCode(String bad) throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), "0123456789abcdef0123\n");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--libvirt", "test://" + host());
        options.put("--state-dir", dir.resolve("state").toString());
        options.put("--vm", "vm1");
        options.put("--url", "https://192.0.2.10:8765/");
        options.put("--fingerprint", FINGERPRINT);
        options.put("--token-file", tokenFile.toString());
        options.put(bad.substring(0, bad.indexOf('=')), bad.substring(bad.indexOf('=') + 1));
        List<String> args = new ArrayList<>();
        options.forEach((name, value) -> args.add(name + "=" + value));

        assertThat(GuestConfigMain.run(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(new GuestTokens(dir.resolve("state")).file(UUID)).doesNotExist();
    }
}

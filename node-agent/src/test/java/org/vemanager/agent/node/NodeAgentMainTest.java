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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NodeAgentMainTest {

    @Test
    void mainRefusesEveryDeserializationInItsProcess() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("payload")));
        }

        assertThat(NodeAgentMain.run("--help")).isZero();

        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void optionsComeFromTheConfigFileUnlessTheCommandLineSaysOtherwise(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("node-agent.conf");
        Files.writeString(file, """
                libvirt = test:///default
                https-port = 6989
                http-port = 6988
                auth-file = /etc/vem/passwd
                """);
        NodeAgentMain main = new NodeAgentMain();
        CommandLine cli = new CommandLine(main);
        cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(file.toFile()));
        cli.parseArgs("--config", file.toString(), "--https-port", "7000");

        NodeAgentConfig config = main.options.toConfig();

        assertThat(config.libvirtUri()).isEqualTo("test:///default");
        assertThat(config.httpsPort()).isEqualTo(7000);
        assertThat(config.httpPort()).isEqualTo(6988);
        assertThat(config.authFile()).isEqualTo(Path.of("/etc/vem/passwd"));
        assertThat(config.httpEnabled()).isTrue();
    }

    @Test
    void levelOneIsOffUnlessTheCommandLineOrTheConfigFileTurnsItOn(@TempDir Path dir) throws Exception {
        NodeAgentMain plain = new NodeAgentMain();
        new CommandLine(plain).parseArgs();
        assertThat(plain.options.toConfig().level1()).isFalse();

        NodeAgentMain flag = new NodeAgentMain();
        new CommandLine(flag).parseArgs("--level1");
        assertThat(flag.options.toConfig().level1()).isTrue();

        Path file = dir.resolve("node-agent.conf");
        Files.writeString(file, "level1 = true\n");
        NodeAgentMain fromFile = new NodeAgentMain();
        CommandLine cli = new CommandLine(fromFile);
        cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(file.toFile()));
        cli.parseArgs("--config", file.toString());
        assertThat(fromFile.options.toConfig().level1()).isTrue();
    }

    @Test
    void refusesToStartWithoutAPasswordFile() {
        assertThat(NodeAgentMain.run("--libvirt", "test:///default", "--https-port", "0")).isEqualTo(2);
    }

    @Test
    void refusesToStartWithAPasswordFileThatIsNotThere(@TempDir Path dir) {
        // before anything starts: no libvirt connection, no certificate, no stack trace
        Path missing = dir.resolve("passwd");

        assertThat(NodeAgentMain.run("--libvirt", "test:///default", "--https-port", "0", "--auth-file", missing.toString(),
                "--state-dir", dir.resolve("state").toString())).isEqualTo(2);
        assertThat(dir.resolve("state")).doesNotExist();
    }
}

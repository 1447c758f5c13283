package org.vemanager.agent.node.demo;

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
import org.libvirt.Connect;

class DemoMainTest {

    @Test
    void mainRefusesEveryDeserializationInItsProcess() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("payload")));
        }

        assertThat(DemoMain.run("--help")).isZero();

        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void everyDemoHostIsAPrivateTestDriverHostWithVmsInVariedStates(@TempDir Path dir) throws Exception {
        for (int i = 0; i < DemoHost.count(); i++) {
            Path host = DemoHost.write(dir, i);
            Connect connection = new Connect("test://" + host.toAbsolutePath());
            try {
                int running = connection.numOfDomains();
                int defined = connection.numOfDefinedDomains();
                assertThat(running).as("node %d has running (or paused) VMs", i + 1).isPositive();
                assertThat(defined).as("node %d has VMs that are off", i + 1).isPositive();
                assertThat(connection.listStoragePools()).hasSize(1);
                assertThat(connection.listNetworks()).hasSize(1);
            } finally {
                connection.close();
            }
            assertThat(Files.isDirectory(dir.resolve("node" + (i + 1) + "-images"))).isTrue();
        }
    }
}

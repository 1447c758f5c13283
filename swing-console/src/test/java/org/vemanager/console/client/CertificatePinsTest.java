package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatePinsTest {

    @Test
    void pinsSurviveARestartOfTheConsole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config/known-nodes.properties");
        new CertificatePins(file).pin("node1:5989", "AA:BB");

        CertificatePins reloaded = new CertificatePins(file);

        assertThat(reloaded.pinned("node1:5989")).isEqualTo("AA:BB");
        assertThat(reloaded.pinned("node2:5989")).isNull();
    }
}

package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.SblimClients;
import org.vemanager.wbem.testsupport.TestServer;

class TlsAndStartupTest {

    @TempDir
    Path dir;

    @Test
    void selfSignedCertificateIsGeneratedOnceAndReusedOnRestart() throws Exception {
        String first;
        try (TestServer server = TestServer.start(dir, new FixtureDispatcher())) {
            first = server.server().certificateFingerprint();
            WBEMClient client = SblimClients.https(server.httpsPort(), TestServer.READER, TestServer.READER_PASSWORD, dir.resolve("state"));
            try {
                assertThat(client.getClass(new CIMObjectPath(null, null, null, "root/virt", "VEM_Foo", null), false, false, false, null)
                    .getName()).isEqualTo("VEM_Foo");
            } finally {
                client.close();
            }
        }
        try (TestServer again = TestServer.start(dir, new FixtureDispatcher())) {
            assertThat(again.server().certificateFingerprint()).isEqualTo(first).hasSize(64);
        }
        Path tls = dir.resolve("state").resolve("tls");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("server.p12")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("server.pass")))).isEqualTo("rw-------");
    }

    @Test
    void configurationWithoutUsersOrPortsIsRefused() {
        assertThatThrownBy(() -> WbemServerConfig.builder().stateDir(dir).build()).hasMessageContaining("password file");
        assertThatThrownBy(() -> WbemServerConfig.builder().passwordFile(dir.resolve("u")).httpsPort(-1).build())
            .hasMessageContaining("neither");
        assertThatThrownBy(() -> WbemServerConfig.builder().passwordFile(dir.resolve("u")).build()).hasMessageContaining("keystore");
        WbemServerConfig defaults = WbemServerConfig.builder().passwordFile(dir.resolve("u")).stateDir(dir).build();
        assertThat(defaults.httpsPort()).isEqualTo(5989);
        assertThat(defaults.httpPort()).isEqualTo(-1);
    }
}

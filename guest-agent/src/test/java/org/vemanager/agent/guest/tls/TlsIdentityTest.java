package org.vemanager.agent.guest.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIdentityTest {
    @Test
    void theGeneratedIdentityIsPrivateAndStable(@TempDir Path state) throws Exception {
        TlsIdentity first = TlsIdentity.loadOrGenerate(state, "vem-test");
        TlsIdentity again = TlsIdentity.loadOrGenerate(state, "vem-test");

        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(first.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=vem-test");
        first.certificate().verify(first.certificate().getPublicKey());
        for (String file : new String[] {"guest-agent.p12", "guest-agent.p12.pass"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(file)))).isEqualTo("rw-------");
        }
    }

    @Test
    void anOperatorKeystoreLoadsWithItsPassword(@TempDir Path state) throws Exception {
        TlsIdentity generated = TlsIdentity.loadOrGenerate(state, "vem-test");
        char[] password = Files.readString(state.resolve("guest-agent.p12.pass")).strip().toCharArray();

        TlsIdentity loaded = TlsIdentity.load(state.resolve("guest-agent.p12"), password);

        assertThat(loaded.fingerprint()).isEqualTo(generated.fingerprint());
        assertThatThrownBy(() -> TlsIdentity.load(state.resolve("guest-agent.p12"), "wrong".toCharArray()))
            .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void pinsAreNormalized() {
        String hex = "ab".repeat(32);

        assertThat(Fingerprints.normalize(hex)).isEqualTo(Fingerprints.normalize("AB:".repeat(31) + "AB"));
        assertThatThrownBy(() -> Fingerprints.normalize("abc")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> new PinnedTrustManager(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.vemanager.wbem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedKeystoreTest {

    @TempDir
    Path dir;

    @Test
    void makesAnEcKeyOnceWhoseCertificateNeedsNoPbkdf2ToRead() throws Exception {
        SelfSignedKeystore.Result made = SelfSignedKeystore.ensure(dir, "node1.example");
        KeyStore store = SelfSignedKeystore.load(made.keystore(), made.password());

        PrivateKey key = (PrivateKey) store.getKey(SelfSignedKeystore.ALIAS, made.password().toCharArray());
        assertThat(key.getAlgorithm()).isEqualTo("EC");
        assertThat(SelfSignedKeystore.fingerprint(store, made.keystore())).hasSize(64)
                .isEqualTo(SelfSignedKeystore.fingerprint(made.keystore(), made.password()));
        try (InputStream in = Files.newInputStream(made.keystore())) {
            KeyStore withoutPassword = KeyStore.getInstance("PKCS12");
            withoutPassword.load(in, null);
            assertThat(withoutPassword.getCertificate(SelfSignedKeystore.ALIAS)).as("certificate stored unencrypted").isNotNull();
        }
        assertThat(SelfSignedKeystore.ensure(dir, "node1.example")).as("kept across restarts").isEqualTo(made);
    }
}

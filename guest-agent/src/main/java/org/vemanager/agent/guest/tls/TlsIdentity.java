package org.vemanager.agent.guest.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A TLS identity: a key and certificate from a PKCS12 keystore, either the operator's
 * ({@code --tls-keystore} + {@code --tls-password-file}) or one generated on first start in the
 * state directory ({@code guest-agent.p12} with its random password in {@code guest-agent.p12.pass},
 * both 0600). Its SHA-256 fingerprint is what the other side pins. The agent uses one as its server
 * certificate; a node-agent may use one as its client certificate for mutual TLS.
 */
public final class TlsIdentity {
    public static final String GENERATED_KEYSTORE = "guest-agent.p12";
    private static final String ALIAS = "guest-agent";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsIdentity(KeyStore keyStore, char[] password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        String alias = Collections.list(keyStore.aliases()).stream().filter(a -> {
            try {
                return keyStore.isKeyEntry(a);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new GeneralSecurityException("the keystore holds no private key"));
        Certificate cert = keyStore.getCertificate(alias);
        if (!(cert instanceof X509Certificate x509)) {
            throw new GeneralSecurityException("the keystore's key has no X.509 certificate");
        }
        this.certificate = x509;
    }

    /** Loads an operator-supplied PKCS12 keystore. */
    public static TlsIdentity load(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        return new TlsIdentity(store, password);
    }

    /** Loads the keystore generated earlier in {@code stateDir}, or generates it now. */
    public static TlsIdentity loadOrGenerate(Path stateDir, String commonName) throws IOException, GeneralSecurityException {
        Path keystore = stateDir.resolve(GENERATED_KEYSTORE);
        Path passwordFile = stateDir.resolve(GENERATED_KEYSTORE + ".pass");
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            return load(keystore, Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray());
        }
        Files.createDirectories(stateDir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        SelfSignedCertificate.Issued issued = SelfSignedCertificate.create(commonName, 3650);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, issued.keys().getPrivate(), password, new Certificate[] {issued.certificate()});
        writePrivate(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        Path temporary = stateDir.resolve(GENERATED_KEYSTORE + ".tmp");
        try (OutputStream out = Files.newOutputStream(createPrivate(temporary))) {
            store.store(out, password);
        }
        Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
        return new TlsIdentity(store, password);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String fingerprint() {
        return Fingerprints.sha256(certificate);
    }

    /**
     * A server context presenting this identity; with {@code clientTrust} (a {@link PinnedTrustManager}),
     * client certificates are checked (mutual TLS).
     */
    public SSLContext serverContext(TrustManager[] clientTrust) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(), clientTrust, new SecureRandom());
        return context;
    }

    /** Presents this identity in a TLS handshake (as server, or as client for mutual TLS). */
    public KeyManager[] keyManagers() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, password);
        return keys.getKeyManagers();
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(createPrivate(file), content);
    }

    private static Path createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }
}

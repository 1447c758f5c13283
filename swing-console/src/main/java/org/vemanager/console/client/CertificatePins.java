package org.vemanager.console.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Server certificates pinned on first use, like SSH's known_hosts: one SHA-256 fingerprint per
 * {@code host:port}, kept in a small file in the user's config dir. A node presenting another
 * certificate is refused until the user accepts the new fingerprint.
 */
public final class CertificatePins {

    private final Path file;
    private final Properties pins = new Properties();

    public CertificatePins(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                pins.load(in);
            }
        }
    }

    public synchronized String pinned(String hostPort) {
        return pins.getProperty(hostPort);
    }

    public synchronized void pin(String hostPort, String fingerprint) throws IOException {
        pins.setProperty(hostPort, fingerprint);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "pins", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            pins.store(out, "VE-manager console: pinned node certificates (SHA-256)");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The SHA-256 fingerprint as colon-separated upper-case hex, as keytool shows it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}

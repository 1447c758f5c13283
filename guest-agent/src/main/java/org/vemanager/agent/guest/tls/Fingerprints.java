package org.vemanager.agent.guest.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 certificate fingerprints, written as openssl and keytool print them
 * ({@code AB:CD:…}, 32 bytes). Pins are accepted with or without colons, in either case.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** The canonical form of a pin, or an IllegalArgumentException saying what is wrong with it. */
    public static String normalize(String pin) {
        String hex = pin == null ? "" : pin.replace(":", "").strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 64 hex digits (colons optional), got '" + pin + "'");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}

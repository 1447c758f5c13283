package org.vemanager.agent.guest.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Makes a self-signed X.509 v3 certificate for an EC P-256 key, DER-encoded by hand: the JDK has
 * no public API for issuing certificates and the guest must not need keytool or openssl. The
 * certificate carries no extensions; clients pin its SHA-256 fingerprint instead of checking
 * names, so nothing but the key and the validity dates matter.
 */
public final class SelfSignedCertificate {
    /** ecdsa-with-SHA256, 1.2.840.10045.4.3.2. */
    private static final byte[] ECDSA_SHA256 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
    /** commonName, 2.5.4.3. */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

    /** A key pair and its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private SelfSignedCertificate() {
    }

    public static Issued create(String commonName, int validDays) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = generator.generateKeyPair();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        byte[] algorithm = der(0x30, ECDSA_SHA256);
        byte[] name = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] validity = der(0x30, utcTime(now.minusDays(1)), utcTime(now.plusDays(validDays)));
        byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] version = der(0xA0, der(0x02, new byte[] {2}));
        byte[] tbs = der(0x30, version, serial, algorithm, name, validity, name, keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] certificate = der(0x30, tbs, algorithm, der(0x03, bitString));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(certificate));
        parsed.verify(keys.getPublic());
        return new Issued(keys, parsed);
    }

    private static byte[] utcTime(ZonedDateTime time) {
        return der(0x17, UTC_TIME.format(time).getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, then the concatenated contents. */
    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            body.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = body.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}

package org.vemanager.wbem.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted slow hash of a password: PBKDF2 with HMAC-SHA256, a per-user random salt and an iteration
 * count stored with it (so raising the default later keeps old entries valid).
 *
 * @param iterations PBKDF2 iterations
 * @param salt the per-user salt
 * @param hash the derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    public static final String ALGORITHM = "pbkdf2-sha256";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    /** Hashes {@code password} with a fresh salt. */
    public static PasswordHash create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** True when {@code password} hashes to this hash (constant-time comparison). */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** The three stored fields: {@code iterations:salt-b64:hash-b64}. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder();
        return iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
            && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ALGORITHM + ", " + iterations + " iterations]";
    }
}

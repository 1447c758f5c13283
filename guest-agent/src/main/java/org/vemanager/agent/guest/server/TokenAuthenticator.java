package org.vemanager.agent.guest.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the {@code Authorization: Bearer TOKEN} header against the per-VM secret, in constant
 * time (both sides are hashed first, so not even the token's length leaks through timing).
 */
public final class TokenAuthenticator {
    public static final String SCHEME = "Bearer ";

    private final byte[] expectedDigest;

    public TokenAuthenticator(String token) {
        this.expectedDigest = digest(token);
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith(SCHEME)) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(authorizationHeader.substring(SCHEME.length()).strip()));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

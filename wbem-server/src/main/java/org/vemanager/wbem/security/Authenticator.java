package org.vemanager.wbem.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user names and passwords against the password file, which it re-reads when it changes
 * (so {@code ./vem passwd} takes effect without a restart). PBKDF2 costs ~0.1 s on purpose, so a
 * password once verified is remembered as a salted SHA-256 (a fast hash, compared in constant time)
 * until the file changes: only wrong passwords pay the slow hash again. Thread-safe.
 */
public final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final Path passwordFile;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), null);
    private volatile long checkedAt;
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public Authenticator(Path passwordFile) throws IOException {
        this.passwordFile = passwordFile;
        reload();
    }

    /** The principal for a correct user name and password. */
    public Optional<Principal> authenticate(String user, char[] password) {
        UserEntry entry = users().get(user);
        if (entry == null) {
            // Spend the same time as for a known user, so timing does not reveal which names exist.
            PasswordHash.derive(password, new byte[16], PasswordHash.DEFAULT_ITERATIONS / 8);
            return Optional.empty();
        }
        byte[] fast = fastHash(entry, password);
        byte[] remembered = verified.get(user);
        if (remembered != null && MessageDigest.isEqual(remembered, fast)) {
            return Optional.of(new Principal(user, entry.role()));
        }
        if (!entry.hash().matches(password)) {
            return Optional.empty();
        }
        verified.put(user, fast);
        return Optional.of(new Principal(user, entry.role()));
    }

    /** The principal for a client certificate's subject CN, when that user is in the password file. */
    public Optional<Principal> authenticateCertificate(String commonName) {
        UserEntry entry = users().get(commonName);
        return entry == null ? Optional.empty() : Optional.of(new Principal(entry.user(), entry.role()));
    }

    private Map<String, UserEntry> users() {
        long now = System.nanoTime();
        if (now - checkedAt > RECHECK_NANOS) {
            checkedAt = now;
            try {
                reload();
            } catch (IOException e) {
                // Keep serving with the users we know rather than locking everyone out.
                LOG.warn("cannot re-read password file {}: {}; keeping the previous users", passwordFile, e.getMessage());
            }
        }
        return snapshot.users();
    }

    private synchronized void reload() throws IOException {
        FileTime modified = Files.getLastModifiedTime(passwordFile);
        if (modified.equals(snapshot.modified())) {
            return;
        }
        Map<String, UserEntry> users = PasswordFile.read(passwordFile);
        snapshot = new Snapshot(Map.copyOf(users), modified);
        verified.clear();
        LOG.info("password file {}: {} user(s)", passwordFile, users.size());
    }

    private static byte[] fastHash(UserEntry entry, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(entry.hash().salt());
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Snapshot(Map<String, UserEntry> users, FileTime modified) {
    }
}

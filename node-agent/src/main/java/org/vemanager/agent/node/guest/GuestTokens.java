package org.vemanager.agent.node.guest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The guest-agent tokens, one file per VM in {@code <state-dir>/guest-tokens/<tokenRef>.token}, mode
 * 0600 in a 0700 directory. Secrets stay out of domain XML, which every libvirt reader may see; the
 * price is that moving a VM to another host means moving its token file too (or giving the VM a
 * new token).
 */
public final class GuestTokens {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    public GuestTokens(Path stateDir) {
        this.dir = stateDir.resolve("guest-tokens");
    }

    public Path file(String tokenRef) {
        return dir.resolve(tokenRef + ".token");
    }

    /** The token, or IOException saying why it cannot be used (missing, readable by others, not printable). */
    public String read(String tokenRef) throws IOException {
        Path file = file(tokenRef);
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                throw new IOException("token file " + file + " must be mode 0600 (it is "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + ")");
            }
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IOException("token file " + file + " must hold one printable ASCII token");
            }
            return token;
        } catch (NoSuchFileException e) {
            throw new IOException("no token file " + file + " (configure the VM's guest-agent again, or copy it from "
                    + "the host the VM came from)", e);
        }
    }

    /**
     * Checks a token before anything is written. The message never repeats the token: it is a secret,
     * and the message may travel to a client or a log.
     *
     * @throws IllegalArgumentException saying what a token must be
     */
    public static void check(String token) {
        if (token == null || token.length() < 16 || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("token: expected at least 16 printable ASCII characters without spaces");
        }
    }

    /** Whether a usable token is stored under {@code tokenRef}. */
    public boolean stored(String tokenRef) {
        try {
            read(tokenRef);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the token (nothing when there is none). */
    public void delete(String tokenRef) throws IOException {
        Files.deleteIfExists(file(tokenRef));
    }

    /** Writes the token atomically, never readable by others even for a moment. */
    public void write(String tokenRef, String token) throws IOException {
        check(token);
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } catch (FileAlreadyExistsException e) {
                // created concurrently: fine
            }
        }
        Path temporary = Files.createTempFile(dir, ".token", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temporary, token + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file(tokenRef), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(tokenRef), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

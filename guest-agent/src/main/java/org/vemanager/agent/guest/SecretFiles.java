package org.vemanager.agent.guest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Reads the agent's secrets (token, keystore password) from files only their owner may read. */
final class SecretFiles {
    static final int MIN_TOKEN_LENGTH = 16;

    private SecretFiles() {
    }

    /** The token: at least 16 printable ASCII characters, from a file that is not world-readable. */
    static String token(Path file) throws IOException {
        String token = read(file, "--token-file");
        if (token.length() < MIN_TOKEN_LENGTH || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("--token-file " + file + ": the token must be at least " + MIN_TOKEN_LENGTH
                + " printable ASCII characters without spaces (e.g. openssl rand -hex 32)");
        }
        return token;
    }

    static char[] password(Path file) throws IOException {
        return read(file, "--tls-password-file").toCharArray();
    }

    private static String read(Path file, String option) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + ": no such file");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw new IllegalArgumentException(option + " " + file + " is readable by every user; "
                    + "refusing to use it (chmod 600 " + file + ")");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(option + " " + file + " is empty");
        }
        return text;
    }
}

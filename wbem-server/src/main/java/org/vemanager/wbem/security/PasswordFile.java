package org.vemanager.wbem.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vemanager.wbem.operation.Role;

/**
 * The password file: one line per user, {@code user:role:pbkdf2-sha256:iterations:salt-b64:hash-b64};
 * blank lines and {@code #} comments are ignored. Written atomically with mode 600.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** Reads every entry; a malformed line is an error naming its line number. */
    public static Map<String, UserEntry> read(Path file) throws IOException {
        Map<String, UserEntry> users = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            UserEntry entry = parse(line, file, i + 1);
            users.put(entry.user(), entry);
        }
        return users;
    }

    private static UserEntry parse(String line, Path file, int number) throws IOException {
        String[] fields = line.split(":", -1);
        if (fields.length != 6 || !fields[2].equals(PasswordHash.ALGORITHM)) {
            throw new IOException(file + ":" + number + ": expected user:role:" + PasswordHash.ALGORITHM + ":iterations:salt:hash");
        }
        try {
            Role role = parseRole(fields[1]);
            int iterations = Integer.parseInt(fields[3]);
            Base64.Decoder b64 = Base64.getDecoder();
            return new UserEntry(fields[0], role, new PasswordHash(iterations, b64.decode(fields[4]), b64.decode(fields[5])));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
        }
    }

    /** The role named {@code text} (reader, operator, admin; any case). */
    public static Role parseRole(String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (reader, operator or admin)", e);
        }
    }

    /** A user name we can store: no ':' or line breaks, not empty. */
    public static void checkUserName(String user) {
        if (user == null || user.isEmpty() || user.length() > 64 || !user.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("user name '" + user + "' is not allowed (1-64 of A-Z a-z 0-9 . _ @ -)");
        }
    }

    /** Replaces the file with {@code users}, atomically, readable and writable by its owner only. */
    public static void write(Path file, Map<String, UserEntry> users) throws IOException {
        StringBuilder text = new StringBuilder("# VE-manager users: user:role:" + PasswordHash.ALGORITHM + ":iterations:salt:hash\n");
        for (UserEntry entry : users.values()) {
            text.append(entry.user()).append(':').append(entry.role().name().toLowerCase(Locale.ROOT)).append(':')
                .append(PasswordHash.ALGORITHM).append(':').append(entry.hash().encode()).append('\n');
        }
        Path directory = file.toAbsolutePath().getParent();
        Path temp = directory.resolve("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + file, e);
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Entries for a new or updated {@code user}, in file order. */
    public static Map<String, UserEntry> with(Map<String, UserEntry> users, UserEntry entry) {
        Map<String, UserEntry> updated = new LinkedHashMap<>(users);
        updated.put(entry.user(), entry);
        return updated;
    }

    /** The names of every user, for messages. */
    public static List<String> names(Map<String, UserEntry> users) {
        return new ArrayList<>(users.keySet());
    }
}

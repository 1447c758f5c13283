package org.vemanager.wbem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.wbem.operation.Role;

class PasswdMainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int passwd(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--iterations");
        all.add("1000");
        return PasswdMain.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
            new PrintWriter(err, true), all.toArray(new String[0]));
    }

    @Test
    void addsAUserInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("users");

        int exit = passwd("s3cret-password\n", "--file", file.toString(), "--user", "alice", "--role", "operator");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("alice:operator:pbkdf2-sha256:1000:").doesNotContain("s3cret");
        Authenticator authenticator = new Authenticator(file);
        assertThat(authenticator.authenticate("alice", "s3cret-password".toCharArray())).contains(new Principal("alice", Role.OPERATOR));
        assertThat(authenticator.authenticate("alice", "wrong-password".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("bob", "s3cret-password".toCharArray())).isEmpty();
    }

    @Test
    void addingAnExistingUserUpdatesPasswordAndRole() throws Exception {
        Path file = dir.resolve("users");
        passwd("first-password\n", "--file", file.toString(), "--user", "alice", "--role", "reader");
        passwd("other-password\n", "--file", file.toString(), "--user", "bob", "--role", "reader");

        int exit = passwd("second-password\n", "--file", file.toString(), "--user", "alice", "--role", "admin");

        assertThat(exit).isZero();
        assertThat(PasswordFile.read(file)).hasSize(2);
        Authenticator authenticator = new Authenticator(file);
        assertThat(authenticator.authenticate("alice", "second-password".toCharArray())).contains(new Principal("alice", Role.ADMIN));
        assertThat(authenticator.authenticate("alice", "first-password".toCharArray())).isEmpty();
    }

    @Test
    void deletesAUser() throws Exception {
        Path file = dir.resolve("users");
        passwd("first-password\n", "--file", file.toString(), "--user", "alice", "--role", "reader");

        assertThat(passwd("", "--file", file.toString(), "--user", "alice", "--delete")).isZero();

        assertThat(PasswordFile.read(file)).isEmpty();
        assertThat(passwd("", "--file", file.toString(), "--user", "alice", "--delete")).isEqualTo(1);
        assertThat(err.toString()).contains("no user 'alice'");
    }

    @Test
    void refusesBadRolesNamesAndShortPasswords() {
        Path file = dir.resolve("users");

        assertThat(passwd("long-enough-pw\n", "--file", file.toString(), "--user", "alice", "--role", "root")).isEqualTo(1);
        assertThat(passwd("long-enough-pw\n", "--file", file.toString(), "--user", "al:ice", "--role", "admin")).isEqualTo(1);
        assertThat(passwd("short\n", "--file", file.toString(), "--user", "alice", "--role", "admin")).isEqualTo(1);
        assertThat(passwd("", "--file", file.toString(), "--user", "alice", "--role", "admin")).isEqualTo(1);

        assertThat(err.toString()).contains("unknown role 'root'", "user name 'al:ice'", "at least 8", "no password on stdin");
        assertThat(file).doesNotExist();
    }

    @Test
    void slowHashUsesTheDefaultIterationsAndPerUserSalt() {
        PasswordHash one = PasswordHash.create("same".toCharArray(), PasswordHash.DEFAULT_ITERATIONS);
        PasswordHash two = PasswordHash.create("same".toCharArray(), 1000);

        assertThat(one.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(one.salt()).isNotEqualTo(two.salt());
        assertThat(one.matches("same".toCharArray())).isTrue();
        assertThat(one.matches("Same".toCharArray())).isFalse();
    }

    @Test
    void malformedPasswordFileNamesTheLine() throws Exception {
        Path file = dir.resolve("users");
        Files.writeString(file, "# comment\nalice:admin:md5:1:x:y\n");

        assertThatThrownBy(() -> PasswordFile.read(file)).hasMessageContaining(file + ":2:");
    }

    @Test
    void helpWorksAndTheProcessRefusesDeserialization() throws Exception {
        assertThat(PasswdMain.run("--help")).isZero();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
            stream.writeObject(new ArrayList<>(List.of("x")));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class);
        }
    }
}

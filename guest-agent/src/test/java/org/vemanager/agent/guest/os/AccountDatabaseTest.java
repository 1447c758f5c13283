package org.vemanager.agent.guest.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.UserAccount;

/** The account files as data: a small /etc in a temporary root. */
class AccountDatabaseTest {
    @Test
    void readsUsersGroupsAndPasswordStates(@TempDir Path root) throws Exception {
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), """
            root:x:0:0:root:/root:/bin/bash
            # a comment
            alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash
            bob:x:1001:1001::/home/bob:/bin/sh
            broken line without fields
            carol:x:notanumber:1:::
            """);
        Files.writeString(etc.resolve("group"), """
            root:x:0:
            sudo:x:27:alice
            users:x:100:alice,bob
            alice:x:1000:
            """);
        Files.writeString(etc.resolve("shadow"), """
            root:!:19000:0:99999:7:::
            alice:$y$j9T$abc:19000:0:99999:7:::
            bob::19000:0:99999:7:::
            """);
        Files.writeString(etc.resolve("login.defs"), "UID_MIN\t\t\t 500\n");
        AccountDatabase database = new AccountDatabase(root);

        assertThat(database.users()).extracting(UserAccount::name).containsExactly("root", "alice", "bob");
        UserAccount alice = database.user("alice").orElseThrow();
        assertThat(alice.comment()).isEqualTo("Alice,,,");
        assertThat(alice.groups()).containsExactly("sudo", "users");
        assertThat(alice.admin()).isTrue();
        assertThat(alice.passwordStatus()).isEqualTo(PasswordStatus.USABLE);
        assertThat(database.user("bob").orElseThrow().admin()).isFalse();
        assertThat(database.user("bob").orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.EMPTY);
        assertThat(database.user("root").orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.LOCKED);
        assertThat(database.group("users").map(GroupInfo::members)).hasValue(java.util.List.of("alice", "bob"));
        assertThat(database.adminGroup()).hasValue("sudo");
        assertThat(database.firstOrdinaryUid()).isEqualTo(500);
    }

    @Test
    void withoutShadowEveryPasswordStateIsUnknown(@TempDir Path root) throws Exception {
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(etc.resolve("group"), "wheel:x:10:\n");

        AccountDatabase database = new AccountDatabase(root);

        assertThat(database.user("root").orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(database.adminGroup()).hasValue("wheel");
        assertThat(database.firstOrdinaryUid()).isEqualTo(1000);
    }
}

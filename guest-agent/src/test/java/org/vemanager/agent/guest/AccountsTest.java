package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vemanager.agent.guest.Faults.expectFault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.agent.guest.client.GuestAgentClient;
import org.vemanager.agent.guest.os.Privileges;

/**
 * Real account changes through a real agent — only as root, only on a user this test creates
 * (vemt + random suffix), removed again in {@link #removeTestUser()} whatever happened.
 */
class AccountsTest {
    @RegisterExtension
    static final RunningAgent agent = RunningAgent.perClass();
    private String name;

    @AfterEach
    void removeTestUser() throws Exception {
        if (name != null && Files.readString(Path.of("/etc/passwd")).contains("\n" + name + ":")) {
            new ProcessBuilder("userdel", "--", name).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aUserLivesAndDiesThroughTheAgent() throws Exception {
        assumeTrue(Privileges.current().isRoot(), "account changes need root");
        name = "vemt" + suffix();

        agent.client().createUser(name, "VE-manager test user", false);
        assertThat(user()).hasValueSatisfying(u -> {
            assertThat(u.uid()).isGreaterThanOrEqualTo(1000);
            assertThat(u.comment()).isEqualTo("VE-manager test user");
            assertThat(u.admin()).isFalse();
        });

        agent.client().setPassword(name, "s3cret: with spaces & ;|$(quotes)'\"");
        assertThat(user().orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.USABLE);

        agent.client().addToGroup(name, "users");
        assertThat(user().orElseThrow().groups()).contains("users");

        agent.client().lock(name);
        assertThat(user().orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.LOCKED);
        agent.client().unlock(name);
        assertThat(user().orElseThrow().passwordStatus()).isEqualTo(PasswordStatus.USABLE);

        agent.client().removeFromGroup(name, "users");
        assertThat(user().orElseThrow().groups()).doesNotContain("users");

        agent.client().deleteUser(name, false);
        assertThat(user()).isEmpty();
    }

    @Test
    void adminRightsAreMembershipOfTheAdministratorsGroup() throws Exception {
        assumeTrue(Privileges.current().isRoot(), "account changes need root");
        boolean hasSudoOrWheel = agent.client().listGroups().stream().anyMatch(g -> g.name().equals("sudo") || g.name().equals("wheel"));
        name = "vemt" + suffix();
        agent.client().createUser(name, "", false);

        if (!hasSudoOrWheel) {
            expectFault(GuestFault.NOT_SUPPORTED, () -> agent.client().grantAdmin(name));
            return;
        }
        agent.client().grantAdmin(name);
        assertThat(user().orElseThrow().admin()).isTrue();
        agent.client().revokeAdmin(name);
        assertThat(user().orElseThrow().admin()).isFalse();
    }

    @Test
    void existingAndSystemAccountsAreProtected() {
        assumeTrue(Privileges.current().isRoot(), "account changes need root");

        expectFault(GuestFault.INVALID_PARAMETER, () -> agent.client().createUser("root", "", false));
        expectFault(GuestFault.NOT_PERMITTED, () -> agent.client().deleteUser("root", false));
        expectFault(GuestFault.NOT_PERMITTED, () -> agent.client().lock("root"));
        expectFault(GuestFault.NOT_FOUND, () -> agent.client().addToGroup("root", "vemt-no-such-group"));
    }

    @Test
    void withoutRootTheAgentSaysSoClearly(@TempDir Path otherState) throws Exception {
        try (RunningAgent unprivileged = RunningAgent.start(otherState, RunningAgent.DEFAULT_LIMITS, new Privileges(false))) {
            GuestAgentClient asUser = unprivileged.client();

            GuestAgentException e = expectFault(GuestFault.NOT_PERMITTED, () -> asUser.createUser("vemtnever", "", false));

            assertThat(e).hasMessage("accounts: creating users needs root");
            assertThat(asUser.listUsers()).extracting(UserAccount::name).contains("root").doesNotContain("vemtnever");
        }
    }

    private Optional<UserAccount> user() throws GuestAgentException {
        return agent.client().listUsers().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    private static String suffix() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

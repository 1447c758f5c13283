package org.vemanager.agent.guest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"root", "alice", "_apt", "systemd-network", "vemt1234abcd", "a", "abcdefghijabcdefghijabcdefghij12"})
    void validAccountNames(String name) throws Exception {
        assertThat(GuestNames.userName(name)).isEqualTo(name);
        assertThat(GuestNames.groupName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../root", "a;rm -rf /", "abcdefghijabcdefghijabcdefghijabc", "-rf", "", "1abc", "Alice", "a b",
        "a\nb", "a:b", "a/b", "a$b", "é"})
    void invalidAccountNames(String name) {
        assertThatThrownBy(() -> GuestNames.userName(name)).isInstanceOf(GuestAgentException.class)
            .hasMessageStartingWith("user name '").hasMessageContaining("is not valid")
            .satisfies(e -> assertThat(((GuestAgentException) e).fault()).isEqualTo(GuestFault.INVALID_PARAMETER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sshd.service", "getty@tty1.service", "systemd-journald.socket", "dev-disk-by\\x2duuid.mount",
        "multi-user.target", "apt-daily.timer"})
    void validUnitNames(String unit) throws Exception {
        assertThat(GuestNames.unitName(unit)).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sshd", "-x.service", "a b.service", "a;b.service", "../x.service", "x.service\n", "x.exe", ".service"})
    void invalidUnitNames(String unit) {
        assertThatThrownBy(() -> GuestNames.unitName(unit)).isInstanceOf(GuestAgentException.class).hasMessageContaining("unit name");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 15, 34, 64})
    void validSignals(int signal) throws Exception {
        assertThat(GuestNames.signal(signal)).isEqualTo(signal);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -9, 65, 255})
    void invalidSignals(int signal) {
        assertThatThrownBy(() -> GuestNames.signal(signal)).hasMessageContaining("signal '" + signal + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b", ""})
    void passwordsAreOneLine(String password) {
        assertThatThrownBy(() -> GuestNames.password(password)).isInstanceOf(GuestAgentException.class)
            .hasMessageStartingWith("password is not valid").hasMessageNotContaining(password.isEmpty() ? "\u0001" : password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "line\nbreak"})
    void commentsHaveNoSeparators(String comment) {
        assertThatThrownBy(() -> GuestNames.comment(comment)).hasMessageContaining("comment");
    }
}

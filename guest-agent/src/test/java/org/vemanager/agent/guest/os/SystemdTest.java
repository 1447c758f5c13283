package org.vemanager.agent.guest.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SystemdTest {
    @Test
    void splitsSystemctlTables() {
        String units = """
            cron.service                 loaded    active   running Regular background program processing daemon
            ssh.service                  loaded    inactive dead    OpenBSD Secure Shell server
            weird.service                not-found inactive dead
            """;

        List<String[]> rows = Systemd.columns(units, 5);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("cron.service", "loaded", "active", "running",
            "Regular background program processing daemon");
        assertThat(rows.get(2)).containsExactly("weird.service", "not-found", "inactive", "dead", null);
        assertThat(Systemd.columns("ssh.service enabled enabled\n\n", 3).get(0)).containsExactly("ssh.service", "enabled", "enabled");
    }
}

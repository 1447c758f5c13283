package org.vemanager.agent.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.auth.module.UnixSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.agent.guest.api.SystemInfo;
import org.vemanager.agent.guest.api.UserAccount;

/** A real agent (TLS, token) driven through its typed client: what it reports is this machine's truth. */
class SystemAndProcessesTest {
    @RegisterExtension
    static final RunningAgent agent = RunningAgent.perClass();

    @Test
    void systemInfoIsTheRealHostnameAndKernel() throws Exception {
        SystemInfo info = agent.client().info();

        assertThat(info.hostname()).isEqualTo(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
        assertThat(info.kernel()).isEqualTo(Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip());
        assertThat(info.uptimeSeconds()).isPositive();
        assertThat(info.cpuCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(info.memoryTotalKib()).isPositive();
        assertThat(info.agentVersion()).isEqualTo(GuestAgent.VERSION);
    }

    @Test
    void usersAndGroupsComeFromEtc() throws Exception {
        assertThat(agent.client().listUsers()).filteredOn(u -> u.name().equals("root")).singleElement()
            .satisfies(root -> {
                assertThat(root.uid()).isZero();
                assertThat(root.admin()).isTrue();
            });
        assertThat(agent.client().listGroups()).extracting(GroupInfo::name).contains("root");
        assertThat(agent.client().listUsers()).extracting(UserAccount::name).doesNotHaveDuplicates();
    }

    @Test
    void processListContainsThisJvm() throws Exception {
        long self = ProcessHandle.current().pid();

        assertThat(agent.client().listProcesses()).filteredOn(p -> p.pid() == self).singleElement()
            .satisfies(me -> {
                assertThat(me.command()).contains("java");
                assertThat(me.user()).isEqualTo(System.getProperty("user.name"));
                assertThat(me.residentKib()).isPositive();
            });
        assertThat(agent.client().listProcesses()).extracting(ProcessInfo::pid).contains(1);
    }

    @Test
    void thisJvmsRealUidProcessGroupAndSessionAreReportedAsPsSeesThem() throws Exception {
        long self = ProcessHandle.current().pid();
        // procps' own reading of /proc, independent of ours: real uid, process group, session.
        Process ps = new ProcessBuilder("ps", "-o", "ruid=,pgid=,sid=", "-p", Long.toString(self)).start();
        String[] expected = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
        assertThat(ps.waitFor()).isZero();

        assertThat(agent.client().listProcesses()).filteredOn(p -> p.pid() == self).singleElement()
            .satisfies(me -> {
                assertThat(me.realUid()).isEqualTo(new UnixSystem().getUid()).isEqualTo(Long.parseLong(expected[0]));
                assertThat(me.processGroup()).isEqualTo(Integer.parseInt(expected[1]));
                assertThat(me.session()).isEqualTo(Integer.parseInt(expected[2]));
            });
        assertThat(agent.client().listProcesses()).filteredOn(p -> p.pid() == 1).singleElement()
            .satisfies(init -> assertThat(init.ppid()).isZero());
    }

    @Test
    void killEndsAProcess() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            agent.client().kill((int) sleep.pid());

            assertThat(sleep.waitFor(20, TimeUnit.SECONDS)).as("sleep ended").isTrue();
            assertThat(sleep.exitValue()).isEqualTo(128 + 9);
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void signalSendsTheNumberedSignal() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            agent.client().signal((int) sleep.pid(), 15);

            assertThat(sleep.waitFor(20, TimeUnit.SECONDS)).as("sleep ended").isTrue();
            assertThat(sleep.exitValue()).isEqualTo(128 + 15);
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void signallingInitOrAnAbsentPidIsRefused() {
        assertThatThrownBy(() -> agent.client().kill(1)).isInstanceOf(GuestAgentException.class)
            .satisfies(e -> assertThat(((GuestAgentException) e).fault()).isEqualTo(GuestFault.NOT_PERMITTED))
            .hasMessageContaining("init");
        // pid_max is at most 2^22 on Linux, so this pid cannot exist.
        assertThatThrownBy(() -> agent.client().kill((1 << 22) + 1)).isInstanceOf(GuestAgentException.class)
            .satisfies(e -> assertThat(((GuestAgentException) e).fault()).isEqualTo(GuestFault.NOT_FOUND));
    }
}

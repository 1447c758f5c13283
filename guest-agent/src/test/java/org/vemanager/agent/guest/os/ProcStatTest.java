package org.vemanager.agent.guest.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    /** A stat line as the kernel writes it, with this command name; the numbers are distinct so a shift shows. */
    private static String line(String comm) {
        return "4242 (" + comm + ") S 17 4300 4301 34816 4300 4194304 120 0 0 0 250 75 0 0 20 0 1 0 987654 "
            + "10551296 512 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
    }

    @Test
    void theFieldsAreCountedFromTheLastParenthesisSoANameWithParenthesesAndSpacesCannotShiftThem() {
        ProcStat stat = ProcStat.parse(line("evil) (Z 1 1 1"));

        assertThat(stat.comm()).isEqualTo("evil) (Z 1 1 1");
        assertThat(stat.state()).isEqualTo("S");
        assertThat(stat.ppid()).isEqualTo(17);
        assertThat(stat.processGroup()).isEqualTo(4300);
        assertThat(stat.session()).isEqualTo(4301);
        assertThat(stat.cpuTicks()).isEqualTo(250 + 75);
        assertThat(stat.startTicks()).isEqualTo(987654);
    }

    @Test
    void anOrdinaryNameParsesTheSame() {
        ProcStat stat = ProcStat.parse(line("bash"));

        assertThat(stat.comm()).isEqualTo("bash");
        assertThat(stat.processGroup()).isEqualTo(4300);
    }

    @Test
    void aTruncatedLineIsRefused() {
        assertThatThrownBy(() -> ProcStat.parse("4242 (bash) S 17 4300")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.parse("garbage")).isInstanceOf(IllegalArgumentException.class);
    }
}

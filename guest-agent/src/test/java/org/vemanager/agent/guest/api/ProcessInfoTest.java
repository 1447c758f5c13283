package org.vemanager.agent.guest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessInfoTest {

    @Test
    void theIdsSurviveTheStructIncludingAUidAboveTheSignedRange() throws Exception {
        ProcessInfo sent = new ProcessInfo(7, 1, "nobody", "sleep 9", "S", 0.5, 1024, 4294967294L, 7, 3);

        assertThat(ProcessInfo.fromStruct(sent.toStruct())).isEqualTo(sent);
    }

    @Test
    void aStructFromAnOlderAgentWithoutTheIdsIsReadWithThemNull() throws Exception {
        Map<String, Object> older = Map.of("pid", 7, "ppid", 1, "user", "root", "command", "init", "state", "S",
            "cpuPercent", 0.0, "residentKib", 10);

        ProcessInfo read = ProcessInfo.fromStruct(older);

        assertThat(read.pid()).isEqualTo(7);
        assertThat(read.realUid()).isNull();
        assertThat(read.processGroup()).isNull();
        assertThat(read.session()).isNull();
    }

    @Test
    void anUnknownIdIsLeftOutOfTheStructBecauseXmlRpcHasNoNull() {
        Map<String, Object> sent = new ProcessInfo(7, 1, "root", "init", "S", 0.0, 10, null, null, null).toStruct();

        assertThat(sent).doesNotContainKeys("realUid", "processGroup", "session").containsKey("pid");
    }

    @Test
    void anIdOfTheWrongTypeIsAMalformedReply() {
        Map<String, Object> bad = new HashMap<>(new ProcessInfo(7, 1, "root", "init", "S", 0.0, 10, 0L, 7, 7).toStruct());
        bad.put("processGroup", "seven");

        assertThatThrownBy(() -> ProcessInfo.fromStruct(bad)).isInstanceOfSatisfying(GuestAgentException.class,
            e -> assertThat(e.fault()).isEqualTo(GuestFault.MALFORMED_RESPONSE));
    }
}

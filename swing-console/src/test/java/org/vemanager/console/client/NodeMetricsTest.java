package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NodeMetricsTest {

    @Test
    void readsACimDatetimeWithItsUtcOffset() {
        assertThat(NodeMetrics.timeStamp("20261206093012.250000+000")).isEqualTo(Instant.parse("2026-12-06T09:30:12.250Z"));
        assertThat(NodeMetrics.timeStamp("20261206103012.000000+060")).isEqualTo(Instant.parse("2026-12-06T09:30:12Z"));
        assertThat(NodeMetrics.timeStamp("20261206083012.000000-060")).isEqualTo(Instant.parse("2026-12-06T09:30:12Z"));
    }

    @Test
    void anIntervalOrGarbageCountsAsNow() {
        Instant before = Instant.now();
        assertThat(NodeMetrics.timeStamp("00000000000010.000000:000")).isAfterOrEqualTo(before);
        assertThat(NodeMetrics.timeStamp("2026120609301x.000000+000")).isAfterOrEqualTo(before);
        assertThat(NodeMetrics.timeStamp(null)).isAfterOrEqualTo(before);
    }
}

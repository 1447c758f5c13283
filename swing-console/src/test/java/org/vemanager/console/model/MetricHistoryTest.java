package org.vemanager.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vemanager.console.client.MetricReading;

class MetricHistoryTest {

    private static MetricReading cpu(String vm, double value, long second) {
        return new MetricReading(vm, vm, "vm-cpu-utilization", value, Instant.ofEpochSecond(second));
    }

    @Test
    void keepsTheLastPointsOfEachSeriesOldestFirst() {
        MetricHistory history = new MetricHistory(3);
        for (int s = 1; s <= 5; s++) {
            history.add("n1", List.of(cpu("a", s * 10, s), cpu("b", s, s)));
        }
        assertThat(history.series("n1", "a", "vm-cpu-utilization")).extracting(MetricHistory.Point::value)
                .containsExactly(30.0, 40.0, 50.0);
        assertThat(history.series("n1", "b", "vm-cpu-utilization")).hasSize(3);
        assertThat(history.series("n2", "a", "vm-cpu-utilization")).isEmpty();
        assertThat(history.latest("n1", "a", "vm-cpu-utilization")).isEqualTo(50.0);
        assertThat(history.latest("n1", "c", "vm-cpu-utilization")).isNull();
    }

    @Test
    void aSampleReadTwiceIsKeptOnceAndTellsNoOne() {
        MetricHistory history = new MetricHistory(10);
        List<String> told = new ArrayList<>();
        history.addListener(told::add);
        history.add("n1", List.of(cpu("a", 5, 100)));
        history.add("n1", List.of(cpu("a", 5, 100)));
        assertThat(history.series("n1", "a", "vm-cpu-utilization")).hasSize(1);
        assertThat(told).containsExactly("n1");
    }

    @Test
    void forgetsANodeAndRefusesANonsenseCapacity() {
        MetricHistory history = new MetricHistory(10);
        history.add("n1", List.of(cpu("a", 5, 100)));
        history.forget("n1");
        assertThat(history.series("n1", "a", "vm-cpu-utilization")).isEmpty();
        assertThatThrownBy(() -> new MetricHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.vemanager.scheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.scheduler.sim.SimulationResult;

class SchedulerBenchTest {

    @TempDir
    Path dir;

    @Test
    void everyPolicyRunsOnTheSameTraceAndConservesDemand() throws IOException {
        Path trace = dir.resolve("small.csv");
        StringBuilder text = new StringBuilder("vm,t000,t001,t002,t003,t004,t005\n");
        for (int v = 0; v < 40; v++) {
            text.append("vm").append(v);
            for (int s = 0; s < 6; s++) {
                text.append(',').append((v * 7 + s * 13) % 100);
            }
            text.append('\n');
        }
        Files.writeString(trace, text);
        List<SimulationResult> results = SchedulerBench.run(
            new SchedulerBench.Options(List.of(trace), List.of(3), PolicyCatalog.NAMES, 42, 0));
        assertThat(results).hasSize(PolicyCatalog.NAMES.size());
        double demand = results.get(0).vmDemand();
        for (SimulationResult r : results) {
            assertThat(r.vmDemand()).as(r.policy()).isCloseTo(demand, within(1e-6));
            assertThat(r.served() + r.unmet()).as(r.policy()).isCloseTo(r.vmDemand() + r.overhead(), within(0.01));
        }
    }

    @Test
    void badOptionsFailBeforeAnythingRuns() {
        assertThatThrownBy(() -> SchedulerBench.validate(new SchedulerBench.Options(List.of(), List.of(3), List.of("magic"), 1, 0)))
            .hasMessageContaining("magic");
        assertThatThrownBy(() -> SchedulerBench.validate(new SchedulerBench.Options(List.of(), List.of(0), List.of("vem"), 1, 0)))
            .hasMessageContaining("--hosts");
        assertThatThrownBy(() -> SchedulerBench.sharedDays(dir)).isInstanceOf(IOException.class).hasMessageContaining("20110303");
    }
}

package org.vemanager.scheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
        Path trace = SyntheticTrace.write(dir.resolve("small.csv"));
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

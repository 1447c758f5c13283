package org.vemanager.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationCostModelTest {

    private final MigrationCostModel model = MigrationCostModel.defaults();

    @ParameterizedTest(name = "{0} GiB at {1} cores")
    @CsvSource({"1, 0", "4, 0.5", "8, 2", "8, 4"})
    void copiesAtLeastTheMemoryAndPausesWithinTheLimitWhenItConverges(double gib, double cores) {
        MigrationCost c = model.cost(gib, cores);
        assertThat(c.gibibytes()).isGreaterThanOrEqualTo(gib);
        assertThat(c.predictedDowntime()).isLessThanOrEqualTo(model.downtimeLimit() + 1e-9);
        assertThat(c.predictedSeconds()).isGreaterThanOrEqualTo(gib * (1L << 30) / model.bandwidth());
        assertThat(c.penalty()).isPositive();
    }

    @ParameterizedTest(name = "{0} GiB")
    @CsvSource({"1", "4", "8"})
    void aBusierVmCostsMoreToMove(double gib) {
        MigrationCost idle = model.cost(gib, 0);
        MigrationCost busy = model.cost(gib, 4);
        assertThat(busy.bytesToCopy()).isGreaterThan(idle.bytesToCopy());
        assertThat(busy.predictedSeconds()).isGreaterThan(idle.predictedSeconds());
        assertThat(busy.penalty()).isGreaterThan(idle.penalty());
    }

    @ParameterizedTest(name = "dirty {0} B/s")
    @CsvSource({"2e9", "5e9"})
    void aVmDirtyingFasterThanTheLinkStopsAfterTheRoundLimitWithALongPause(double dirty) {
        MigrationCostModel slowLink = new MigrationCostModel(1e9, dirty, 0, 0.3, 5, 0.5, 0.3, 0.2);
        MigrationCost c = slowLink.cost(4, 1);
        // never converges: every round re-sends the whole memory, then the rest goes in the pause
        assertThat(c.gibibytes()).isCloseTo(4 * 6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(c.predictedDowntime()).isGreaterThan(1.0);
    }
}

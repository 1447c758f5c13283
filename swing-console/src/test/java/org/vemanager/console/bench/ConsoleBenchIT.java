package org.vemanager.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console benchmark's harness works end to end on a small host (its figures are for ./vem bench console). */
class ConsoleBenchIT {

    @Test
    void loadsEveryVmIntoTreeAndTableAndScrollsThroughThem() throws Exception {
        ConsoleBench.Result r = ConsoleBench.run(60, 1);
        assertThat(r.tableRows()).isEqualTo(60);
        assertThat(r.treeVms()).isEqualTo(60);
        assertThat(r.shownMs()).hasSize(1);
        assertThat(r.sizedMs()).hasSize(1);
        assertThat(r.statesMs()).hasSize(1);
        assertThat(r.totalMs()).hasSize(1);
        assertThat(r.table().count()).isPositive();
        assertThat(r.tree().count()).isPositive();
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(ConsoleBench.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(ConsoleBench.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }
}

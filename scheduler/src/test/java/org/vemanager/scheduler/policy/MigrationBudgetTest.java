package org.vemanager.scheduler.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationBudgetTest {

    @Test
    void allowsTheRateTimesTheVmsInAnyDay() {
        MigrationBudget budget = new MigrationBudget(0.35);
        assertThat(budget.left(0, 100)).isEqualTo(35);
        budget.spend(10, 30);
        assertThat(budget.left(10, 100)).isEqualTo(5);
        assertThat(budget.left(1449, 100)).as("still inside the 24 hours").isEqualTo(5);
    }

    @Test
    void movesOlderThanADayAreForgotten() {
        MigrationBudget budget = new MigrationBudget(0.5);
        budget.spend(0, 10);
        budget.spend(600, 4);
        assertThat(budget.left(1440, 40)).isEqualTo(16);
        assertThat(budget.left(2040, 40)).isEqualTo(20);
    }

    @Test
    void reliefBeyondTheBudgetLeavesNothingButNeverANegativeCount() {
        MigrationBudget budget = new MigrationBudget(0.1);
        budget.spend(5, 50);
        assertThat(budget.left(5, 100)).isZero();
    }

    @Test
    void aNegativeRateIsRefused() {
        assertThatThrownBy(() -> new MigrationBudget(-0.1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new MigrationBudget(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

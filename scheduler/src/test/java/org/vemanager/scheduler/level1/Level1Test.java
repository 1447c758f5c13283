package org.vemanager.scheduler.level1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;

class Level1Test {

    @ParameterizedTest(name = "capacity {0}, demands {1}")
    @CsvSource({
        "10, '1 2 3', '1 1 1', '1 2 3'",
        "6, '1 4 4', '1 1 1', '1 2.5 2.5'",
        "6, '4 4 4', '1 1 2', '1.5 1.5 3'",
        "3, '0 4 4', '1 1 1', '0 1.5 1.5'",
        "5, '1 4 4', '1 2 1', '1 2.6666666667 1.3333333333'"})
    void shareSchedulerIsWorkConservingWeightedFair(double capacity, String demands, String weights, String expected) {
        double[] want = parse(demands);
        double[] served = new double[want.length];
        double total = ShareScheduler.divide(capacity, want, parse(weights), served);
        double[] exp = parse(expected);
        for (int i = 0; i < exp.length; i++) {
            assertThat(served[i]).isCloseTo(exp[i], within(1e-6));
            assertThat(served[i]).isLessThanOrEqualTo(want[i] + 1e-9);
        }
        double sumDemand = java.util.Arrays.stream(want).sum();
        assertThat(total).isCloseTo(Math.min(capacity, sumDemand), within(1e-9));
    }

    @Test
    void sharesFollowPredictedDemandAndBalloonsFitTheHost() {
        Host host = new Host("h", 8, 10);
        List<Vm> vms = List.of(
            new Vm("idle", "h", 2, 8, new double[] {0, 0, 0, 0}, false),
            new Vm("busy", "h", 4, 8, new double[] {3, 3, 3, 3}, false),
            new Vm("half", "h", 2, 2, new double[] {1, 1, 1, 1}, false));
        Map<String, Allocation> alloc = Level1Balancer.defaults().allocate(host, vms);
        assertThat(alloc.get("busy").cpuShares()).isGreaterThan(alloc.get("half").cpuShares());
        assertThat(alloc.get("half").cpuShares()).isGreaterThan(alloc.get("idle").cpuShares());
        assertThat(alloc.get("idle").cpuShares()).isPositive();
        double memory = alloc.values().stream().mapToDouble(Allocation::balloonTarget).sum();
        assertThat(memory).isLessThanOrEqualTo(host.memCapacity() * 0.9 + 1e-9);
        assertThat(alloc.get("busy").balloonTarget()).isGreaterThan(alloc.get("idle").balloonTarget());
        for (Vm vm : vms) {
            assertThat(alloc.get(vm.id()).balloonTarget()).isLessThanOrEqualTo(vm.memory());
        }
    }

    @Test
    void withoutMemoryPressureEveryVmKeepsItsConfiguredMemory() {
        Host roomy = new Host("h", 8, 64);
        List<Vm> vms = List.of(
            new Vm("idle", "h", 2, 8, new double[] {0, 0, 0, 0}, false),
            new Vm("busy", "h", 4, 8, new double[] {3, 3, 3, 3}, false));
        Map<String, Allocation> alloc = Level1Balancer.defaults().allocate(roomy, vms);
        assertThat(alloc.get("idle").balloonTarget()).isEqualTo(8.0);
        assertThat(alloc.get("busy").balloonTarget()).isEqualTo(8.0);
        Map<String, Allocation> tight = Level1Balancer.defaults().allocate(new Host("h", 8, 12), vms);
        assertThat(tight.get("idle").balloonTarget()).isLessThan(8.0);
        assertThat(tight.values().stream().mapToDouble(Allocation::balloonTarget).sum()).isLessThanOrEqualTo(12 * 0.9 + 1e-9);
    }

    private static double[] parse(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}

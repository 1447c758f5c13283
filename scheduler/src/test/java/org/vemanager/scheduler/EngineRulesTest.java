package org.vemanager.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vemanager.scheduler.model.AffinityRule;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;
import org.vemanager.scheduler.policy.DrsLikeBalancer;
import org.vemanager.scheduler.policy.SandpiperHotspot;
import org.vemanager.scheduler.policy.VemBalancer;
import org.vemanager.scheduler.policy.VemPowerSaver;
import org.vemanager.scheduler.policy.WatcherWorkloadStabilization;

/** The engine's hard rules hold for every policy, on seeded random clusters. */
class EngineRulesTest {

    static Stream<Arguments> policiesAndSeeds() {
        return Stream.of(1L, 2L, 3L, 4L).flatMap(seed -> Stream.of(
            Arguments.of("vem", seed), Arguments.of("vem-power", seed), Arguments.of("drs", seed),
            Arguments.of("watcher", seed), Arguments.of("sandpiper", seed)));
    }

    static SchedulerPolicy policy(String name, long seed) {
        return switch (name) {
            case "vem" -> new VemBalancer();
            case "vem-power" -> new VemPowerSaver(0.7, 1);
            case "drs" -> new DrsLikeBalancer(5);
            case "watcher" -> new WatcherWorkloadStabilization(seed);
            case "sandpiper" -> new SandpiperHotspot();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("policiesAndSeeds")
    void capacityAndConcurrencyAreNeverExceeded(String name, long seed) {
        ClusterSnapshot s = withHostHistory(Fixtures.skewed(8, 60, seed, null));
        SchedulerConstraints c = new SchedulerConstraints(2, 6, List.of(), MigrationCostModel.defaults());
        Plan plan = policy(name, seed).plan(s, c);

        Map<String, String> placement = Fixtures.after(s, plan);
        Map<String, Double> mem = new HashMap<>();
        Map<String, Double> memBefore = new HashMap<>();
        for (Vm v : s.vms()) {
            mem.merge(placement.get(v.id()), v.memory(), Double::sum);
            memBefore.merge(v.host(), v.memory(), Double::sum);
        }
        Map<String, Integer> perHost = new HashMap<>();
        for (Move m : plan.moves()) {
            perHost.merge(m.from(), 1, Integer::sum);
            perHost.merge(m.to(), 1, Integer::sum);
        }
        assertThat(plan.moves().size()).isLessThanOrEqualTo(6);
        assertThat(perHost.values()).allMatch(n -> n <= 2);
        for (Host h : s.hosts()) {
            // a host that received VMs is within its memory
            if (plan.moves().stream().anyMatch(m -> m.to().equals(h.id()))) {
                assertThat(mem.getOrDefault(h.id(), 0.0)).isLessThanOrEqualTo(h.memCapacity());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ourPolicyNeverPlansAMoveWhoseCostExceedsItsGain(long seed) {
        ClusterSnapshot s = Fixtures.skewed(10, 80, seed, "h3");
        Plan plan = new VemBalancer().plan(s, SchedulerConstraints.defaults());
        assertThat(plan.moves()).isNotEmpty();
        for (Move m : plan.moves()) {
            assertThat(m.mandatory() || m.expectedGain() > m.cost().penalty()).as(m.explain()).isTrue();
            assertThat(m.cost().bytesToCopy()).isGreaterThan(0);
        }
        assertThat(plan.explain()).contains(plan.moves().get(0).vm()).contains("core-min");
    }

    static Stream<Long> seeds() {
        return Stream.of(11L, 12L, 13L);
    }

    @Test
    void evacuationEmptiesTheHostInMaintenance() {
        ClusterSnapshot s = Fixtures.skewed(6, 30, 5, "h1");
        long onH1 = s.vms().stream().filter(v -> v.host().equals("h1")).count();
        SchedulerConstraints c = new SchedulerConstraints(100, 100, List.of(), MigrationCostModel.defaults());
        Plan plan = new VemBalancer().plan(s, c);
        Map<String, String> placement = Fixtures.after(s, plan);
        assertThat(onH1).isPositive();
        assertThat(placement.values()).doesNotContain("h1");
        assertThat(plan.moves()).filteredOn(Move::mandatory).hasSize((int) onH1);
    }

    @Test
    void evacuationMovesAnAffinityGroupTogetherAndKeepsAntiAffinity() {
        ClusterSnapshot s = Fixtures.skewed(6, 30, 6, "h1");
        List<String> onH1 = s.vms().stream().filter(v -> v.host().equals("h1")).map(Vm::id).toList();
        String outside = s.vms().stream().filter(v -> v.host().equals("h2")).map(Vm::id).findFirst().orElseThrow();
        List<AffinityRule> rules = List.of(
            new AffinityRule("together", AffinityRule.Kind.AFFINITY, onH1.subList(0, 2)),
            new AffinityRule("apart", AffinityRule.Kind.ANTI_AFFINITY, List.of(onH1.get(2), outside)));
        SchedulerConstraints c = new SchedulerConstraints(100, 100, rules, MigrationCostModel.defaults());
        Map<String, String> placement = Fixtures.after(s, new VemBalancer().plan(s, c));
        assertThat(placement.values()).doesNotContain("h1");
        assertThat(placement.get(onH1.get(0))).isEqualTo(placement.get(onH1.get(1)));
        assertThat(placement.get(onH1.get(2))).isNotEqualTo(placement.get(outside));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"vem", "vem-power"})
    void aBrokenAntiAffinityRuleIsRepairedByAMandatoryMove(String name) {
        ClusterSnapshot s = Fixtures.skewed(6, 30, 8, null);
        assertThat(s.vms().get(1).host()).isEqualTo(s.vms().get(7).host());
        List<AffinityRule> rules = List.of(new AffinityRule("apart", AffinityRule.Kind.ANTI_AFFINITY, List.of("vm1", "vm7")));
        Plan plan = policy(name, 1).plan(s, SchedulerConstraints.defaults().withRules(rules));
        Map<String, String> placement = Fixtures.after(s, plan);
        assertThat(placement.get("vm1")).isNotEqualTo(placement.get("vm7"));
        assertThat(plan.moves()).filteredOn(m -> m.vm().equals("vm7")).singleElement().matches(Move::mandatory);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void balancingHonoursAffinityRulesAndPinning(long seed) {
        ClusterSnapshot base = Fixtures.skewed(8, 60, seed, null);
        List<String> onH0 = base.vms().stream().filter(v -> v.host().equals("h0")).map(Vm::id).toList();
        ClusterSnapshot s = Fixtures.pin(base, onH0.subList(0, 3));
        List<AffinityRule> rules = List.of(
            new AffinityRule("pair", AffinityRule.Kind.AFFINITY, onH0.subList(3, 5)),
            new AffinityRule("spread", AffinityRule.Kind.ANTI_AFFINITY, List.of(onH0.get(5), "vm1", "vm2", "vm4")));
        SchedulerConstraints c = new SchedulerConstraints(4, 20, rules, MigrationCostModel.defaults());
        Plan plan = new VemBalancer().plan(s, c);
        Map<String, String> placement = Fixtures.after(s, plan);

        assertThat(plan.moves()).isNotEmpty();
        assertThat(plan.moves()).extracting(Move::vm).doesNotContainAnyElementsOf(onH0.subList(0, 3));
        assertThat(placement.get(onH0.get(3))).isEqualTo(placement.get(onH0.get(4)));
        Set<String> spreadHosts = new HashSet<>();
        for (String vm : List.of(onH0.get(5), "vm1", "vm2", "vm4")) {
            spreadHosts.add(placement.get(vm));
        }
        // the rule held before (the four were on different hosts), so it must still hold
        assertThat(spreadHosts).hasSize(4);
    }

    @Test
    void samePolicyOnTheSameSnapshotGivesTheSamePlan() {
        ClusterSnapshot s = withHostHistory(Fixtures.skewed(12, 100, 9, "h4"));
        for (String name : List.of("vem", "vem-power", "drs", "watcher", "sandpiper")) {
            Plan a = policy(name, 3).plan(s, SchedulerConstraints.defaults());
            Plan b = policy(name, 3).plan(s, SchedulerConstraints.defaults());
            assertThat(a.moves()).as(name).isEqualTo(b.moves());
        }
    }

    /** Gives every host a load history equal to its current load (the hotspot baselines read it). */
    static ClusterSnapshot withHostHistory(ClusterSnapshot s) {
        Map<String, Double> load = new HashMap<>();
        s.vms().forEach(v -> load.merge(v.host(), v.lastDemand(), Double::sum));
        List<Host> hosts = s.hosts().stream().map(h -> new Host(h.id(), h.cpuCapacity(), h.memCapacity(), h.maintenance(),
            new double[] {load.getOrDefault(h.id(), 0.0), load.getOrDefault(h.id(), 0.0), load.getOrDefault(h.id(), 0.0),
                load.getOrDefault(h.id(), 0.0), load.getOrDefault(h.id(), 0.0)})).toList();
        return new ClusterSnapshot(s.minute(), hosts, s.vms());
    }
}

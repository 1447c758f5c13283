package org.vemanager.scheduler.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.scheduler.Move;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.model.Host;
import org.vemanager.scheduler.model.Vm;

/** The migration budget of power mode, on clusters with flat demand (so predictions are exact). */
class VemPowerSaverTest {

    private static final int HOSTS = 8;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aDayOfConsolidationStaysWithinTheBudgetAndStillFreesHosts(long seed) {
        Map<String, String> placement = spread(seed);
        Map<String, Double> demand = demands(seed);
        VemPowerSaver policy = new VemPowerSaver(0.7, 0, 0.25);
        int moves = 0;
        for (long minute = 0; minute < 1440; minute += 5) {
            Plan plan = policy.plan(snapshot(minute, placement, demand), SchedulerConstraints.defaults());
            for (Move m : plan.moves()) {
                placement.put(m.vm(), m.to());
            }
            moves += plan.moves().size();
        }
        assertThat(moves).isPositive().isLessThanOrEqualTo((int) (0.25 * placement.size()));
        assertThat(new HashSet<>(placement.values())).as("hosts still in use").hasSizeLessThan(HOSTS);
    }

    @Test
    void noDrainStartsThatTheBudgetCannotPayInFull() {
        Map<String, String> placement = spread(4);
        int fewest = placement.values().stream().mapToInt(h -> count(placement, h)).min().orElseThrow();
        ClusterSnapshot s = snapshot(0, placement, demands(4));
        int vms = placement.size();
        double justShort = (fewest - 0.5) / vms;
        assertThat(new VemPowerSaver(0.7, 0, justShort).plan(s, SchedulerConstraints.defaults()).moves()).isEmpty();
        assertThat(new VemPowerSaver(0.7, 0, fewest / (double) vms).plan(s, SchedulerConstraints.defaults()).moves())
            .isNotEmpty();
    }

    @Test
    void theHostWithFewestVmsIsDrainedFirst() {
        Map<String, String> placement = spread(5);
        placement.put("lone-a", "h7");
        Map<String, Double> demand = demands(5);
        demand.put("lone-a", 4.5);
        placement.entrySet().removeIf(e -> e.getValue().equals("h7") && !e.getKey().equals("lone-a"));
        Map<String, Double> load = new HashMap<>();
        placement.forEach((vm, host) -> load.merge(host, demand.get(vm), Double::sum));
        assertThat(load.values()).as("some host is less loaded than h7").anyMatch(l -> l < 4.5);
        ClusterSnapshot s = snapshot(0, placement, demand);
        SchedulerConstraints one = new SchedulerConstraints(2, 2, List.of(), SchedulerConstraints.defaults().costModel());
        Plan plan = new VemPowerSaver(0.7, 0, 1).plan(s, one);
        // h7 carries the most load of any single VM but the fewest VMs: freeing it costs one move
        assertThat(plan.moves()).extracting(Move::from).containsOnly("h7");
    }

    @Test
    void reliefNeverFillsADestinationAboveTheHeadroom() {
        Map<String, String> placement = new HashMap<>();
        Map<String, Double> demand = new HashMap<>();
        for (int i = 0; i < 15; i++) {
            placement.put("hot" + i, "h0");
            demand.put("hot" + i, 1.0);
        }
        // h1..h6 packed at 66 %, h7 empty (switched off): a relief move that may fill a destination to 85 %
        // would land on a packed host; under the 70 % headroom only the empty host can take it
        for (int h = 1; h < HOSTS - 1; h++) {
            placement.put("packed" + h, "h" + h);
            demand.put("packed" + h, 10.5);
        }
        ClusterSnapshot s = snapshot(0, placement, demand);
        Plan plan = new VemPowerSaver(0.7, 0).plan(s, SchedulerConstraints.defaults());
        assertThat(plan.moves()).isNotEmpty();
        Map<String, Double> load = new HashMap<>();
        placement.forEach((vm, host) -> load.merge(host, demand.get(vm), Double::sum));
        for (Move m : plan.moves()) {
            load.merge(m.from(), -demand.get(m.vm()), Double::sum);
            load.merge(m.to(), demand.get(m.vm()), Double::sum);
        }
        for (Move m : plan.moves()) {
            assertThat(load.get(m.to()) / 16).as("utilisation of " + m.to()).isLessThanOrEqualTo(0.7 + 1e-9);
        }
        assertThat(load.get("h0") / 16).isLessThanOrEqualTo(0.85);
        assertThat(plan.moves()).extracting(Move::to).containsOnly("h7");
    }

    /** 40 VMs round-robin on the hosts, so every host is lightly loaded and some hold fewer VMs than others. */
    private static Map<String, String> spread(long seed) {
        Random random = new Random(seed);
        Map<String, String> placement = new HashMap<>();
        for (int v = 0; v < 40; v++) {
            placement.put("vm" + v, "h" + (random.nextInt(3) == 0 ? random.nextInt(HOSTS) : v % HOSTS));
        }
        return placement;
    }

    private static Map<String, Double> demands(long seed) {
        Random random = new Random(seed);
        Map<String, Double> demand = new HashMap<>();
        for (int v = 0; v < 40; v++) {
            demand.put("vm" + v, 0.2 + 0.8 * random.nextDouble());
        }
        return demand;
    }

    private static int count(Map<String, String> placement, String host) {
        return (int) placement.values().stream().filter(host::equals).count();
    }

    private static ClusterSnapshot snapshot(long minute, Map<String, String> placement, Map<String, Double> demand) {
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(new Host("h" + h, 16, 64, false, new double[0]));
        }
        List<Vm> vms = new ArrayList<>();
        Set<String> ids = new java.util.TreeSet<>(placement.keySet());
        for (String id : ids) {
            double[] history = new double[60];
            Arrays.fill(history, demand.get(id));
            vms.add(new Vm(id, placement.get(id), 4, 1, history, false));
        }
        return new ClusterSnapshot(minute, hosts, vms);
    }
}

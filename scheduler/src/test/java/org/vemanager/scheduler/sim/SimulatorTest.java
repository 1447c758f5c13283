package org.vemanager.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.scheduler.Plan;
import org.vemanager.scheduler.SchedulerConstraints;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.model.ClusterSnapshot;
import org.vemanager.scheduler.policy.DrsLikeBalancer;
import org.vemanager.scheduler.policy.NoBalancing;
import org.vemanager.scheduler.policy.OvirtEvenlyDistributed;
import org.vemanager.scheduler.policy.SandpiperHotspot;
import org.vemanager.scheduler.policy.VemBalancer;
import org.vemanager.scheduler.policy.VemPowerSaver;
import org.vemanager.scheduler.policy.WatcherWorkloadStabilization;

/** The simulator's accounting, on a seeded synthetic trace and a slice of a shared PlanetLab day. */
class SimulatorTest {

    static Trace synthetic(long seed) {
        Random random = new Random(seed);
        int vms = 120;
        double[][] rows = new double[vms][48];
        List<String> names = new ArrayList<>();
        for (int v = 0; v < vms; v++) {
            double level = 100 * random.nextDouble();
            for (int s = 0; s < rows[v].length; s++) {
                rows[v][s] = Math.max(0, Math.min(100, level + 25 * random.nextGaussian()));
            }
            names.add("vm" + v);
        }
        return new Trace("synthetic", names, rows, 5);
    }

    static SchedulerPolicy policy(String name) {
        return switch (name) {
            case "none" -> new NoBalancing("none");
            case "ovirt" -> new OvirtEvenlyDistributed(1);
            case "drs" -> new DrsLikeBalancer(3);
            case "watcher" -> new WatcherWorkloadStabilization(1);
            case "sandpiper" -> new SandpiperHotspot();
            case "vem" -> new VemBalancer();
            case "vem-power" -> new VemPowerSaver(0.7, 1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String p : List.of("none", "ovirt", "drs", "watcher", "sandpiper", "vem", "vem-power")) {
            for (CpuModel m : CpuModel.values()) {
                cases.add(Arguments.of(p, m));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void demandIsConservedServedPlusUnmetIsDemandPlusOverhead(String name, CpuModel model) {
        Trace trace = synthetic(3);
        ClusterSetup setup = ClusterSetup.standard(6, 42).with(model);
        SimulationResult r = new ClusterSimulator(trace, setup).run(policy(name), InitialPlacement.LEAST_LOADED);

        assertThat(r.vmDemand()).isCloseTo(expectedDemand(trace, 42), within(1e-6));
        assertThat(r.served() + r.unmet()).isCloseTo(r.vmDemand() + r.overhead(), within(1e-6));
        assertThat(r.served()).isLessThanOrEqualTo(6 * 16.0 * trace.minutes() + 1e-6);
        assertThat(r.unmet()).isGreaterThanOrEqualTo(-1e-9);
        if (r.migrations() == 0) {
            assertThat(r.overhead()).isZero();
        } else {
            assertThat(r.overhead()).isPositive();
            assertThat(r.gibMoved()).isGreaterThanOrEqualTo(r.migrations() * 1.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ovirt", "watcher", "vem", "vem-power"})
    void aSeedMakesARunRepeatable(String name) {
        Trace trace = synthetic(8);
        ClusterSetup setup = ClusterSetup.standard(5, 7);
        SimulationResult a = new ClusterSimulator(trace, setup).run(policy(name), InitialPlacement.LEAST_LOADED);
        SimulationResult b = new ClusterSimulator(trace, setup).run(policy(name), InitialPlacement.LEAST_LOADED);
        assertThat(b.migrations()).isEqualTo(a.migrations());
        assertThat(b.sigma()).isEqualTo(a.sigma());
        assertThat(b.unmet()).isEqualTo(a.unmet());
        assertThat(b.gibMoved()).isEqualTo(a.gibMoved());
    }

    @ParameterizedTest(name = "{0} hosts")
    @ValueSource(ints = {4, 6})
    void level1SharesMoveTheShortfallBetweenVmsButWorkConservationFixesItsTotal(int hosts) {
        Trace trace = synthetic(5);
        ClusterSetup setup = ClusterSetup.standard(hosts, 42);
        SimulationResult equal = new ClusterSimulator(trace, setup).run(policy("none"), InitialPlacement.ROUND_ROBIN);
        SimulationResult level1 = new ClusterSimulator(trace, setup.with(CpuModel.LEVEL1_SHARES))
            .run(policy("none"), InitialPlacement.ROUND_ROBIN);
        SimulationResult caps = new ClusterSimulator(trace, setup.with(CpuModel.STATIC_CAPS))
            .run(policy("none"), InitialPlacement.ROUND_ROBIN);
        SimulationResult level1Caps = new ClusterSimulator(trace, setup.with(CpuModel.LEVEL1_CAPS))
            .run(policy("none"), InitialPlacement.ROUND_ROBIN);
        assertThat(equal.unmet()).isPositive();
        assertThat(level1.unmet()).isCloseTo(equal.unmet(), within(1e-6));
        assertThat(level1Caps.unmet()).isLessThan(caps.unmet());
        assertThat(caps.unmet()).isGreaterThanOrEqualTo(equal.unmet() - 1e-9);
    }

    @ParameterizedTest(name = "every {0} minutes")
    @ValueSource(ints = {1, 5})
    void aDecisionKnowsDemandOnlyUpToTheMinuteBeforeItActs(int interval) {
        Trace trace = synthetic(11);
        List<String> wrong = new ArrayList<>();
        SchedulerPolicy spy = new SchedulerPolicy() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public int intervalMinutes() {
                return interval;
            }

            @Override
            public int historyMinutes() {
                return 10;
            }

            @Override
            public Plan plan(ClusterSnapshot snapshot, SchedulerConstraints constraints) {
                long t = snapshot.minute();
                for (int v = 0; v < snapshot.vms().size(); v++) {
                    double[] seen = snapshot.vms().get(v).demandHistory();
                    double before = trace.percent()[v][(int) (t - 1) / trace.sampleMinutes()];
                    if (seen.length != Math.min(10, t) || Math.abs(seen[seen.length - 1] * 100 / snapshot.vms().get(v).vcpus()
                        - before) > 1e-9) {
                        wrong.add("minute " + t + " vm " + v);
                    }
                }
                return Plan.empty(name(), "watching");
            }
        };
        new ClusterSimulator(trace, ClusterSetup.standard(6, 42)).run(spy, InitialPlacement.LEAST_LOADED);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0} hosts")
    @ValueSource(ints = {4, 8})
    void theClairvoyantPlacementBalancesMeansBetterThanAnyPlacementFromTheFirstSample(int hosts) {
        Trace trace = synthetic(13);
        ClusterSetup setup = ClusterSetup.standard(hosts, 42);
        SimulationResult oracle = new ClusterSimulator(trace, setup).run(policy("none"), InitialPlacement.CLAIRVOYANT_MEAN);
        SimulationResult leastLoaded = new ClusterSimulator(trace, setup).run(policy("none"), InitialPlacement.LEAST_LOADED);
        assertThat(oracle.sigma()).isLessThan(leastLoaded.sigma());
        assertThat(oracle.vmDemand()).isCloseTo(leastLoaded.vmDemand(), within(1e-6));
    }

    @ParameterizedTest(name = "{0} hosts")
    @ValueSource(ints = {12, 16})
    void theClairvoyantChaserSeesTheSampleItActsInAndBeatsTheStaticBound(int hosts) {
        Trace trace = synthetic(17);
        ClusterSetup setup = ClusterSetup.standard(hosts, 42);
        SimulationResult bound = new ClusterSimulator(trace, setup).run(policy("none"), InitialPlacement.CLAIRVOYANT_MEAN);
        SimulationResult chase = new ClusterSimulator(trace, setup).run(new ClairvoyantChaser(2), InitialPlacement.CLAIRVOYANT_MEAN);
        assertThat(chase.migrations()).isPositive();
        assertThat(chase.sigma()).isLessThan(bound.sigma());
        assertThat(chase.served() + chase.unmet()).isCloseTo(chase.vmDemand() + chase.overhead(), within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20110306"})
    void aSliceOfASharedDayReplaysWithItsDemandConserved(String day) throws Exception {
        Path file = Path.of(System.getProperty("vem.shared.dir", "../../shared"), "traces", "planetlab", day + ".csv");
        Trace trace = TraceReader.read(file).slice(200, 24);
        SimulationResult r = new ClusterSimulator(trace, ClusterSetup.standard(8, 42)).run(new VemBalancer(),
            InitialPlacement.LEAST_LOADED);
        assertThat(r.vms()).isEqualTo(200);
        assertThat(r.vmDemand()).isCloseTo(expectedDemand(trace, 42), within(1e-6));
        assertThat(r.served() + r.unmet()).isCloseTo(r.vmDemand() + r.overhead(), within(1e-6));
    }

    static double expectedDemand(Trace trace, long seed) {
        VmSizing sizing = VmSizing.draw(trace.vmCount(), seed);
        double sum = 0;
        for (int v = 0; v < trace.vmCount(); v++) {
            for (double p : trace.percent()[v]) {
                sum += p / 100 * sizing.vcpus()[v] * trace.sampleMinutes();
            }
        }
        return sum;
    }
}

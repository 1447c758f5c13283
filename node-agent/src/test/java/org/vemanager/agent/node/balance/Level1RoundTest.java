package org.vemanager.agent.node.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.profile.metrics.MetricKind;
import org.vemanager.provider.profile.metrics.MetricsSampler;

/**
 * Level 1 on libvirt's test driver: a private host of 4 CPUs and 4 GiB whose three running VMs are configured
 * with 5 GiB (memory pressure) and a fourth that is shut off. The test driver's scheduler is "fair" with a
 * {@code weight} parameter (it accepts a new weight but keeps reporting its default, so the weights are checked
 * as set, not read back) and it has no {@code cpu_shares}; balloons are real and read back.
 */
class Level1RoundTest {

    private static final String[] RUNNING = {"busy", "idle", "small"};

    @TempDir
    Path dir;
    private Hypervisor hypervisor;
    private final AtomicReference<MetricsSampler.Sample> sample = new AtomicReference<>(
            new MetricsSampler.Sample(Instant.EPOCH, Duration.ZERO, List.of()));

    @BeforeEach
    void host() throws Exception {
        StringBuilder xml = new StringBuilder("<node>\n  <cpu><mhz>2400</mhz><model>x86_64</model><active>4</active>"
                + "<nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>1</threads></cpu>\n"
                + "  <memory>" + 4L * 1024 * 1024 + "</memory>\n");
        domain(xml, "busy", 2, 2048, 1, 1);
        domain(xml, "idle", 2, 2048, 2, 1);
        domain(xml, "small", 1, 1024, 3, 1);
        domain(xml, "off", 2, 2048, 4, 5);
        xml.append("</node>\n");
        Path file = dir.resolve("host.xml");
        Files.writeString(file, xml);
        hypervisor = Hypervisor.open("test://" + file.toAbsolutePath());
    }

    private static void domain(StringBuilder xml, String name, int vcpus, int mib, int n, int runstate) {
        xml.append(String.format("""
                  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                    <name>%s</name><uuid>00000000-0000-4000-8000-00000000000%d</uuid>
                    <memory unit='MiB'>%d</memory><currentMemory unit='MiB'>%d</currentMemory>
                    <vcpu placement='static'>%d</vcpu>
                    <os><type arch='x86_64'>hvm</type></os>
                    <test:runstate>%d</test:runstate>
                  </domain>
                """, name, n, mib, mib, vcpus, runstate));
    }

    @AfterEach
    void close() {
        hypervisor.close();
    }

    private void measure(double busy, double idle, double small) {
        measure(Instant.now(), busy, idle, small);
    }

    private void measure(Instant at, double busy, double idle, double small) {
        List<MetricsSampler.Value> values = new ArrayList<>();
        double[] percent = {busy, idle, small};
        for (int i = 0; i < RUNNING.length; i++) {
            values.add(new MetricsSampler.Value(MetricKind.VM_CPU_UTILIZATION, uuid(i + 1), RUNNING[i], String.valueOf(percent[i])));
        }
        sample.set(new MetricsSampler.Sample(at, Duration.ofSeconds(10), values));
    }

    private static String uuid(int n) {
        return "00000000-0000-4000-8000-00000000000" + n;
    }

    private long memoryKib(int n) throws Exception {
        return hypervisor.onDomain(uuid(n), "read", d -> d.getInfo().memory);
    }

    @Test
    void weightsFollowDemandAndBalloonsShrinkTheIdleUnderMemoryPressure() throws Exception {
        Level1Round round = new Level1Round(hypervisor, sample::get);
        measure(90, 1, 20);

        List<Level1Round.Change> changes = round.runOnce();

        Map<String, Integer> weight = new java.util.HashMap<>();
        for (Level1Round.Change c : changes) {
            if (c.what().startsWith(DomainTuning.WEIGHT + " ")) {
                weight.put(c.vm(), Integer.parseInt(c.what().substring(DomainTuning.WEIGHT.length() + 1)));
            }
        }
        assertThat(weight).containsOnlyKeys(RUNNING);
        assertThat(weight.get("busy")).isGreaterThan(weight.get("small"));
        assertThat(weight.get("small")).isGreaterThan(weight.get("idle"));
        assertThat(changes).noneMatch(c -> c.vm().equals("off"));

        long busy = memoryKib(1);
        long idle = memoryKib(2);
        long small = memoryKib(3);
        assertThat(idle).isLessThan(2048 * 1024);
        assertThat(busy).isGreaterThan(idle).isLessThanOrEqualTo(2048 * 1024);
        assertThat(busy + idle + small).isLessThanOrEqualTo((long) (4 * 1024 * 1024 * 0.9));
        assertThat(memoryKib(4)).isEqualTo(2048 * 1024);
    }

    @Test
    void anUnchangedHostIsLeftAloneAndAVmWithoutMeasurementsIsNotTouched() throws Exception {
        Level1Round round = new Level1Round(hypervisor, sample::get);
        assertThat(round.runOnce()).isEmpty();
        assertThat(memoryKib(2)).isEqualTo(2048 * 1024);

        measure(50, 50, 50);
        assertThat(round.runOnce()).isNotEmpty();
        assertThat(round.runOnce()).as("same demand again: same weights, balloons within the hysteresis").isEmpty();
    }

    @Test
    void aMinutesDemandIsTheMeanOfTheSamplerPassesInIt() throws Exception {
        Level1Round round = new Level1Round(hypervisor, sample::get);
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        measure(start, 90, 50, 50);
        round.observe();
        round.observe(); // the same pass again: counted once
        measure(start.plusSeconds(10), 10, 50, 50);

        Map<String, String> weights = new java.util.HashMap<>();
        for (Level1Round.Change c : round.runOnce()) {
            if (c.what().startsWith(DomainTuning.WEIGHT + " ")) {
                weights.put(c.vm(), c.what());
            }
        }
        assertThat(weights.get("busy")).as("90 %% then 10 %% of 2 vCPUs is 1 core, as 50 %% of 2").isEqualTo(weights.get("idle"));
        assertThat(weights.get("small")).isNotEqualTo(weights.get("idle"));
    }

    @Test
    void aDriverWithoutCpuWeightGetsBalloonsOnly() throws Exception {
        DomainTuning tuning = new DomainTuning(hypervisor);
        DomainTuning.Facts facts = tuning.running().get(0);
        assertThat(facts.scheduler()).contains(DomainTuning.WEIGHT).doesNotContain(DomainTuning.CPU_SHARES);
        DomainTuning.Facts bare = new DomainTuning.Facts(facts.uuid(), facts.name(), facts.vcpus(), facts.maxMemoryKib(),
                facts.memoryKib(), java.util.Set.of());
        assertThat(tuning.setCpuWeight(bare, 2048)).isEmpty();
        assertThat(tuning.setCpuWeight(facts, 2048)).contains(DomainTuning.WEIGHT + " 512");
    }
}

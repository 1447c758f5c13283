package org.vemanager.agent.node.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.SchedParameter;
import org.libvirt.SchedUlongParameter;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.profile.metrics.MetricKind;
import org.vemanager.provider.profile.metrics.MetricsSampler;

/**
 * Level 1 on real QEMU under libvirtd: a tiny diskless VM is started and a round sets its {@code cpu_shares}
 * (cgroup CPU weight), read back from libvirt. Where libvirtd has no CPU controller (some containers) the VM
 * offers no {@code cpu_shares} and the test is skipped, saying so. Runs only in the {@code qemu} profile.
 */
@Timeout(120)
class Level1QemuIT {

    private static final String URI = "qemu:///system";

    private final String name = "vem-l1-" + UUID.randomUUID().toString().substring(0, 8);
    private Hypervisor hypervisor;
    private String uuid;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("vem.qemu"), "the qemu profile is off (-Pqemu / -Dvem.qemu=true)");
        hypervisor = Hypervisor.open(URI);
        uuid = hypervisor.call("define " + name, c -> {
            Domain d = c.domainDefineXML("""
                    <domain type='qemu'>
                      <name>%s</name>
                      <memory unit='MiB'>64</memory>
                      <vcpu>1</vcpu>
                      <os><type arch='x86_64'>hvm</type></os>
                      <devices><memballoon model='virtio'/></devices>
                    </domain>
                    """.formatted(name));
            d.create();
            return d.getUUIDString();
        });
    }

    @AfterEach
    void cleanUp() {
        if (hypervisor == null) {
            return;
        }
        try {
            hypervisor.call("remove " + name, c -> {
                Domain d = c.domainLookupByName(name);
                if (d.isActive() == 1) {
                    d.destroy();
                }
                d.undefine();
                return null;
            });
        } catch (Exception e) {
            // never defined, or already gone
        }
        hypervisor.close();
    }

    @Test
    void aRoundSetsCpuSharesOnARunningQemuVm() throws Exception {
        DomainTuning.Facts facts = new DomainTuning(hypervisor).running().stream()
                .filter(f -> f.uuid().equals(uuid)).findFirst().orElseThrow();
        Assumptions.assumeTrue(facts.scheduler().contains(DomainTuning.CPU_SHARES),
                "libvirtd offers no cpu_shares here (no cgroup CPU controller): " + facts.scheduler());
        MetricsSampler.Sample busy = new MetricsSampler.Sample(Instant.now(), Duration.ofSeconds(10),
                List.of(new MetricsSampler.Value(MetricKind.VM_CPU_UTILIZATION, uuid, name, "95")));
        Level1Round round = new Level1Round(hypervisor, () -> busy);
        hypervisor.onDomain(uuid, "preset cpu_shares", d -> {
            SchedUlongParameter preset = new SchedUlongParameter(300);
            preset.field = DomainTuning.CPU_SHARES;
            d.setSchedulerParameters(new SchedParameter[] {preset});
            return null;
        });
        assertThat((long) hypervisor.onDomain(uuid, "read cpu_shares", d -> shares(d))).isEqualTo(300);

        List<Level1Round.Change> changes = round.runOnce();

        Level1Round.Change mine = changes.stream().filter(c -> c.vm().equals(name) && c.what().startsWith(DomainTuning.CPU_SHARES))
                .findFirst().orElseThrow();
        long set = Long.parseLong(mine.what().substring(DomainTuning.CPU_SHARES.length() + 1));
        long readBack = hypervisor.onDomain(uuid, "read cpu_shares", d -> shares(d));
        assertThat(set).isNotEqualTo(300);
        assertThat(readBack).isEqualTo(set);
    }

    private static long shares(Domain d) throws LibvirtException {
        for (SchedParameter p : d.getSchedulerParameters()) {
            if (p.field.equals(DomainTuning.CPU_SHARES)) {
                return Long.parseLong(p.getValueAsString());
            }
        }
        return -1;
    }
}

package org.vemanager.agent.node.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.SchedParameter;
import org.libvirt.SchedUintParameter;
import org.libvirt.SchedUlongParameter;
import org.vemanager.provider.libvirt.BulkDomainStats;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The libvirt side of level 1: what each running domain has now, and setting its CPU weight and its balloon.
 * Drivers name the CPU weight differently: cgroup-based ones (QEMU, LXC) have {@value #CPU_SHARES} (default
 * 1024), Xen's credit scheduler and libvirt's test driver have {@value #WEIGHT} (Xen's default 256, so a
 * weight is shares / 4). A driver with neither gets balloon targets only.
 */
final class DomainTuning {

    static final String CPU_SHARES = "cpu_shares";
    static final String WEIGHT = "weight";
    private static final int SHARES_PER_WEIGHT = 4;
    private static final int MAX_WEIGHT = 65_535;

    /** virDomainState VIR_DOMAIN_RUNNING: level 1 tunes running domains only (not paused, not off). */
    private static final int RUNNING = 1;

    /**
     * A running domain as level 1 sees it.
     *
     * @param scheduler the names of the scheduler parameters the driver offers for it (empty when it has none)
     */
    record Facts(String uuid, String name, int vcpus, long maxMemoryKib, long memoryKib, Set<String> scheduler) {
    }

    private final Hypervisor hypervisor;
    private final BulkDomainStats stats;
    /** Which scheduler parameters each domain offers: asked once per domain, they do not change while it runs. */
    private final Map<String, Set<String>> schedulerFields = new HashMap<>();

    DomainTuning(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
        this.stats = new BulkDomainStats(hypervisor);
    }

    /**
     * Every running domain, from one bulk-stats call (state, vCPUs, balloon current and maximum); a domain's
     * scheduler parameters are asked the first time it is seen running. One that disappears meanwhile is left out.
     */
    List<Facts> running() throws CimException {
        List<Facts> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BulkDomainStats.Record r : stats.read()) {
            int vcpus = (int) r.number("vcpu.current", 0);
            long max = r.number("balloon.maximum", 0);
            if (r.number("state.state", 0) != RUNNING || vcpus <= 0 || max <= 0) {
                continue;
            }
            seen.add(r.uuid());
            Set<String> fields = schedulerFields.get(r.uuid());
            try {
                if (fields == null) {
                    fields = hypervisor.onDomain(r.uuid(), "read the scheduler parameters of " + r.name(), DomainTuning::fields);
                    schedulerFields.put(r.uuid(), fields);
                }
            } catch (CimException e) {
                if (e.status() == CimStatus.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            facts.add(new Facts(r.uuid(), r.name(), vcpus, max, r.number("balloon.current", max), fields));
        }
        schedulerFields.keySet().retainAll(seen);
        return facts;
    }

    private static Set<String> fields(Domain d) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (SchedParameter p : d.getSchedulerParameters()) {
                names.add(p.field);
            }
        } catch (LibvirtException e) {
            // the driver has no scheduler parameters for this domain: level 1 sets its balloon only
        }
        return Set.copyOf(names);
    }

    /** Sets the CPU weight in the driver's own unit and says what was set; empty (and nothing done) when it has none. */
    Optional<String> setCpuWeight(Facts f, int shares) throws CimException {
        SchedParameter p;
        String what;
        if (f.scheduler().contains(CPU_SHARES)) {
            p = new SchedUlongParameter(shares);
            what = CPU_SHARES + " " + shares;
            p.field = CPU_SHARES;
        } else if (f.scheduler().contains(WEIGHT)) {
            int weight = Math.max(1, Math.min(MAX_WEIGHT, Math.round(shares / (float) SHARES_PER_WEIGHT)));
            p = new SchedUintParameter(weight);
            what = WEIGHT + " " + weight;
            p.field = WEIGHT;
        } else {
            return Optional.empty();
        }
        hypervisor.onDomain(f.uuid(), "set the CPU weight of " + f.name(), d -> {
            d.setSchedulerParameters(new SchedParameter[] {p});
            return null;
        });
        return Optional.of(what);
    }

    /** Sets the balloon: the memory the running guest may use, in KiB (at most its maximum; libvirt checks too). */
    void setBalloon(Facts f, long kib) throws CimException {
        hypervisor.onDomain(f.uuid(), "set the balloon of " + f.name(), d -> {
            d.setMemory(kib);
            return null;
        });
    }
}

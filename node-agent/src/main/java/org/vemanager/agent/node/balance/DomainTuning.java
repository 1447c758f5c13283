package org.vemanager.agent.node.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.SchedParameter;
import org.libvirt.SchedUintParameter;
import org.libvirt.SchedUlongParameter;
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

    /**
     * A running domain as level 1 sees it.
     *
     * @param scheduler the scheduler parameters the driver offers for it, by name (empty when it has none)
     */
    record Facts(String uuid, String name, int vcpus, long maxMemoryKib, long memoryKib, Map<String, String> scheduler) {
    }

    private final Hypervisor hypervisor;

    DomainTuning(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /** Every running domain; one that stops or disappears while we look is left out. */
    List<Facts> running() throws CimException {
        List<Facts> facts = new ArrayList<>();
        for (String uuid : hypervisor.domainUuids()) {
            try {
                Facts f = hypervisor.onDomain(uuid, "read virtual system " + uuid + " for level 1",
                        d -> d.isActive() == 1 ? facts(uuid, d) : null);
                if (f != null && f.vcpus() > 0 && f.maxMemoryKib() > 0) {
                    facts.add(f);
                }
            } catch (CimException e) {
                if (e.status() != CimStatus.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return facts;
    }

    private static Facts facts(String uuid, Domain d) throws LibvirtException {
        DomainInfo info = d.getInfo();
        Map<String, String> scheduler = new LinkedHashMap<>();
        try {
            for (SchedParameter p : d.getSchedulerParameters()) {
                scheduler.put(p.field, p.getValueAsString());
            }
        } catch (LibvirtException e) {
            // the driver has no scheduler parameters for this domain: level 1 sets its balloon only
        }
        return new Facts(uuid, d.getName(), info.nrVirtCpu, info.maxMem, info.memory, scheduler);
    }

    /** Sets the CPU weight in the driver's own unit and says what was set; empty (and nothing done) when it has none. */
    Optional<String> setCpuWeight(Facts f, int shares) throws CimException {
        SchedParameter p;
        String what;
        if (f.scheduler().containsKey(CPU_SHARES)) {
            p = new SchedUlongParameter(shares);
            what = CPU_SHARES + " " + shares;
            p.field = CPU_SHARES;
        } else if (f.scheduler().containsKey(WEIGHT)) {
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

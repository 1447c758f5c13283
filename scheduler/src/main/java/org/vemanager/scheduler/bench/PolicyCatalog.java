package org.vemanager.scheduler.bench;

import java.util.List;
import org.vemanager.scheduler.SchedulerPolicy;
import org.vemanager.scheduler.policy.DrsLikeBalancer;
import org.vemanager.scheduler.policy.NoBalancing;
import org.vemanager.scheduler.policy.OvirtEvenlyDistributed;
import org.vemanager.scheduler.policy.SandpiperHotspot;
import org.vemanager.scheduler.policy.VemBalancer;
import org.vemanager.scheduler.policy.VemPowerSaver;
import org.vemanager.scheduler.policy.WatcherWorkloadStabilization;
import org.vemanager.scheduler.sim.ClairvoyantChaser;
import org.vemanager.scheduler.sim.CpuModel;
import org.vemanager.scheduler.sim.InitialPlacement;

/** The policies the bench knows, by name, with the placement each starts from and whether level 1 runs. */
public final class PolicyCatalog {

    /** Every name, in table order. */
    public static final List<String> NAMES = List.of("none", "none+level1", "none+caps", "none+level1caps",
        "least-loaded", "oracle-static", "oracle-chase", "ovirt", "drs", "watcher", "sandpiper", "vem",
        "vem-power");

    private PolicyCatalog() {
    }

    /** A fresh policy (policies keep state per cluster). */
    public static SchedulerPolicy create(String name, long seed) {
        return switch (name) {
            case "none", "none+level1", "none+caps", "none+level1caps" -> new NoBalancing(name);
            case "least-loaded", "oracle-static" -> new NoBalancing(name);
            case "oracle-chase" -> new ClairvoyantChaser(2);
            case "ovirt" -> new OvirtEvenlyDistributed(seed);
            case "drs" -> new DrsLikeBalancer(3);
            case "watcher" -> new WatcherWorkloadStabilization(seed);
            case "sandpiper" -> new SandpiperHotspot();
            case "vem" -> new VemBalancer();
            case "vem-power" -> new VemPowerSaver(0.7, 2);
            default -> throw new IllegalArgumentException("unknown policy '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    public static InitialPlacement placement(String name) {
        if (name.startsWith("oracle-")) {
            return InitialPlacement.CLAIRVOYANT_MEAN;
        }
        return name.startsWith("none") ? InitialPlacement.ROUND_ROBIN : InitialPlacement.LEAST_LOADED;
    }

    /** How hosts divide CPU for this row: the "none+…" rows isolate level 1 (no migration at all). */
    public static CpuModel cpuModel(String name) {
        return switch (name) {
            case "none+level1" -> CpuModel.LEVEL1_SHARES;
            case "none+caps" -> CpuModel.STATIC_CAPS;
            case "none+level1caps" -> CpuModel.LEVEL1_CAPS;
            default -> CpuModel.EQUAL_SHARES;
        };
    }
}

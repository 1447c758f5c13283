package org.vemanager.scheduler.sim;

/**
 * How a host divides its CPU between its VMs in the simulator.
 *
 * <p>With a work-conserving scheduler the total served on a host is min(capacity, demand) whatever the
 * weights, so shares only move the shortfall between VMs; they change the total only where the hypervisor
 * enforces entitlements as caps (CPU quota), which is why both kinds are modelled.
 */
public enum CpuModel {
    /** Work-conserving, every VM the same weight (libvirt's default of 1024 shares). */
    EQUAL_SHARES(false, false),
    /** Work-conserving, weights from level 1 (predicted demand with a floor). */
    LEVEL1_SHARES(true, false),
    /**
     * Static caps, the usual fixed entitlement: each VM may use at most the host's capacity × its share of the
     * host's vCPUs (caps add up to the capacity); unused capacity is not lent. (Until 2026-12 this was equal caps
     * per VM, which ignore VM size and made level 1 look better than it is.)
     */
    STATIC_CAPS(false, true),
    /** Caps from level 1: each VM may use capacity × its level-1 share of the host, recomputed every 5 minutes. */
    LEVEL1_CAPS(true, true);

    private final boolean level1;
    private final boolean capped;

    CpuModel(boolean level1, boolean capped) {
        this.level1 = level1;
        this.capped = capped;
    }

    public boolean level1() {
        return level1;
    }

    public boolean capped() {
        return capped;
    }
}

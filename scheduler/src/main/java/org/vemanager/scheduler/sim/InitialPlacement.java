package org.vemanager.scheduler.sim;

/** How VMs are placed when the simulation starts. */
public enum InitialPlacement {
    /** VM i on host i mod N. */
    ROUND_ROBIN,
    /** Each VM, in trace order, on the host with the least CPU demand (first sample) that has the memory. */
    LEAST_LOADED,
    /**
     * A reference bound, not a policy: it knows the future. Biggest first, each VM on the host with the least
     * demand by the VMs' mean over the whole trace. No migration can balance the VMs' means better, so what
     * σ is left under it is what the noise around those means makes.
     */
    CLAIRVOYANT_MEAN;

    /**
     * @param firstDemand each VM's demand in the first sample
     * @param meanDemand  each VM's mean demand over the whole trace (only {@link #CLAIRVOYANT_MEAN} reads it)
     */
    int[] place(double[] firstDemand, double[] meanDemand, double[] memory, double cores, double memPerHost, int hosts) {
        double[] size = this == CLAIRVOYANT_MEAN ? meanDemand : firstDemand;
        Integer[] order = new Integer[size.length];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        if (this == CLAIRVOYANT_MEAN) {
            java.util.Arrays.sort(order, (a, b) -> Double.compare(size[b], size[a]));
        }
        int[] host = new int[size.length];
        double[] load = new double[hosts];
        double[] mem = new double[hosts];
        for (int v : order) {
            int h = this == ROUND_ROBIN ? v % hosts : leastLoaded(load, mem, memory[v], memPerHost);
            host[v] = h;
            load[h] += size[v] / cores;
            mem[h] += memory[v];
        }
        return host;
    }

    private static int leastLoaded(double[] load, double[] mem, double need, double memPerHost) {
        int best = -1;
        for (int h = 0; h < load.length; h++) {
            if (mem[h] + need <= memPerHost && (best < 0 || load[h] < load[best])) {
                best = h;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the VMs' memory does not fit on the hosts; use more or larger hosts");
        }
        return best;
    }
}

package org.vemanager.scheduler.sim;

/** How VMs are placed when the simulation starts. */
public enum InitialPlacement {
    /** VM i on host i mod N. */
    ROUND_ROBIN,
    /** Each VM, in trace order, on the host with the least CPU demand (first sample) that has the memory. */
    LEAST_LOADED;

    int[] place(double[] firstDemand, double[] memory, double cores, double memPerHost, int hosts) {
        int[] host = new int[firstDemand.length];
        double[] load = new double[hosts];
        double[] mem = new double[hosts];
        for (int v = 0; v < host.length; v++) {
            int h = this == ROUND_ROBIN ? v % hosts : leastLoaded(load, mem, memory[v], memPerHost);
            host[v] = h;
            load[h] += firstDemand[v] / cores;
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

package org.vemanager.scheduler.level1;

/**
 * How a hypervisor's proportional-share CPU scheduler divides a host (the model the simulator uses):
 * work-conserving weighted max-min fairness ("water-filling"). Each VM gets at most its demand; capacity a
 * VM does not use is redistributed to the others in proportion to their weights.
 */
public final class ShareScheduler {

    private ShareScheduler() {
    }

    /**
     * Fills {@code served} and returns the total served.
     *
     * @param capacity cores available to the VMs
     * @param demand   cores each VM wants
     * @param weight   each VM's shares (positive)
     * @param served   output: cores each VM gets
     */
    public static double divide(double capacity, double[] demand, double[] weight, double[] served) {
        int n = demand.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += demand[i];
        }
        if (total <= capacity) {
            System.arraycopy(demand, 0, served, 0, n);
            return total;
        }
        boolean[] satisfied = new boolean[n];
        java.util.Arrays.fill(served, 0, n, 0);
        double left = capacity;
        boolean changed = true;
        while (changed && left > 1e-12) {
            changed = false;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (!satisfied[i]) {
                    weights += weight[i];
                }
            }
            if (weights <= 0) {
                break;
            }
            double perWeight = left / weights;
            for (int i = 0; i < n; i++) {
                if (!satisfied[i] && demand[i] - served[i] <= perWeight * weight[i]) {
                    left -= demand[i] - served[i];
                    served[i] = demand[i];
                    satisfied[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                for (int i = 0; i < n; i++) {
                    if (!satisfied[i]) {
                        served[i] += perWeight * weight[i];
                    }
                }
                left = 0;
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += served[i];
        }
        return sum;
    }
}

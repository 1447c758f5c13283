package org.vemanager.scheduler.sim;

import java.util.Random;

/**
 * The seeded distribution VM sizes are drawn from (the traces give utilisation only): vCPUs uniform in 1..4,
 * memory 1, 2, 4 or 8 GiB with probabilities 0.2, 0.35, 0.3, 0.15 (mean 3.5 GiB).
 *
 * @param vcpus  vCPUs per VM
 * @param memory GiB per VM
 */
public record VmSizing(int[] vcpus, double[] memory) {

    private static final double[] MEMORY = {1, 2, 4, 8};
    private static final double[] MEMORY_CDF = {0.2, 0.55, 0.85, 1.0};

    /** Draws sizes for {@code vms} VMs from a seed. */
    public static VmSizing draw(int vms, long seed) {
        Random random = new Random(seed);
        int[] vcpus = new int[vms];
        double[] memory = new double[vms];
        for (int i = 0; i < vms; i++) {
            vcpus[i] = 1 + random.nextInt(4);
            double u = random.nextDouble();
            int k = 0;
            while (u > MEMORY_CDF[k]) {
                k++;
            }
            memory[i] = MEMORY[k];
        }
        return new VmSizing(vcpus, memory);
    }
}

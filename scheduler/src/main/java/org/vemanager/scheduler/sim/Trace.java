package org.vemanager.scheduler.sim;

import java.util.List;

/**
 * A CPU trace: for each VM, its utilisation in percent of its own CPU, one sample per {@code sampleMinutes}.
 *
 * @param name          the trace's name (the file's base name)
 * @param vmNames       one name per VM
 * @param percent       percent[vm][sample], 0..100
 * @param sampleMinutes minutes per sample (5 for PlanetLab)
 */
public record Trace(String name, List<String> vmNames, double[][] percent, int sampleMinutes) {

    public Trace {
        vmNames = List.copyOf(vmNames);
        if (vmNames.size() != percent.length || percent.length == 0) {
            throw new IllegalArgumentException("trace " + name + ": " + vmNames.size() + " names for " + percent.length + " rows");
        }
        if (sampleMinutes < 1) {
            throw new IllegalArgumentException("trace " + name + ": sampleMinutes must be at least 1");
        }
    }

    public int vmCount() {
        return percent.length;
    }

    public int samples() {
        return percent[0].length;
    }

    /** The trace's length in minutes. */
    public int minutes() {
        return samples() * sampleMinutes;
    }

    /** The first {@code vms} VMs and {@code samples} samples (for smoke tests). */
    public Trace slice(int vms, int samples) {
        double[][] rows = new double[Math.min(vms, vmCount())][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = java.util.Arrays.copyOf(percent[i], Math.min(samples, samples()));
        }
        return new Trace(name + "[" + rows.length + "x" + rows[0].length + "]", vmNames.subList(0, rows.length), rows, sampleMinutes);
    }
}

package org.vemanager.scheduler.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small deterministic utilisation trace in the format {@link SchedulerBench} reads (a header
 * {@code vm,t000,…}, then a row of CPU percentages per VM), for the benchmark's smoke tests here and in
 * the console, which takes it from this module's test-jar.
 */
public final class SyntheticTrace {

    /** VMs and samples: enough for every policy to place, move and leave some demand unmet on three hosts. */
    public static final int VMS = 40;
    public static final int SAMPLES = 6;

    private SyntheticTrace() {
    }

    /** Writes the trace to {@code file} and returns it. */
    public static Path write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("vm");
        for (int s = 0; s < SAMPLES; s++) {
            text.append(String.format(",t%03d", s));
        }
        text.append('\n');
        for (int v = 0; v < VMS; v++) {
            text.append("vm").append(v);
            for (int s = 0; s < SAMPLES; s++) {
                text.append(',').append((v * 7 + s * 13) % 100);
            }
            text.append('\n');
        }
        return Files.writeString(file, text);
    }
}

package org.vemanager.console.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.scheduler.bench.PolicyCatalog;
import org.vemanager.scheduler.bench.SyntheticTrace;

class SchedulerBenchMainTest {

    @TempDir
    Path dir;

    @Test
    void helpInstallsTheRejectAllSerializationFilter() throws Exception {
        assertThat(SchedulerBenchMain.run("--help")).isZero();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("x")));
        }
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
            .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void smokeRunOnASmallTraceWritesAccountedCsvRows() throws Exception {
        Path trace = SyntheticTrace.write(dir.resolve("small.csv"));
        Path csv = dir.resolve("out.csv");
        Path png = dir.resolve("out.png");
        int rc = SchedulerBenchMain.run("--trace", trace.toString(), "--hosts", "3", "--no-timing", "--csv", csv.toString(),
            "--chart", png.toString());
        assertThat(rc).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + PolicyCatalog.NAMES.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(",");
            double demand = Double.parseDouble(cells[header.indexOf("vm_demand")]);
            double served = Double.parseDouble(cells[header.indexOf("served")]);
            double unmet = Double.parseDouble(cells[header.indexOf("unmet")]);
            double overhead = Double.parseDouble(cells[header.indexOf("overhead")]);
            assertThat(demand).isPositive();
            assertThat(served + unmet).as(row).isCloseTo(demand + overhead, within(0.01));
        }
    }

    @Test
    void anUnknownPolicyIsAnErrorNotAStackTrace() {
        assertThat(SchedulerBenchMain.run("--policy", "magic", "--no-timing")).isNotZero();
        assertThat(SchedulerBenchMain.run("--hosts", "0", "--no-timing")).isNotZero();
        assertThat(SchedulerBenchMain.run("--trace", dir.resolve("missing.csv").toString(), "--no-timing")).isNotZero();
    }
}

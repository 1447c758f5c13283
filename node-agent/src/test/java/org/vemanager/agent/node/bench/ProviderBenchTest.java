package org.vemanager.agent.node.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./vem bench provider}: its command line and report (no timing is asserted). */
class ProviderBenchTest {

    @Test
    void helpInstallsTheRejectAllSerializationFilter() throws IOException {
        assertThat(ProviderBench.run("--help")).isZero();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("x")));
        }
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void measuresBothEnumerationsAgainstDirectLibvirtAndChecksTheCounts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = ProviderBench.run(new PrintWriter(out), new PrintWriter(err), "--sizes", "4", "--runs", "1", "--warmup", "0",
                "--markdown");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("VEM_ComputerSystem", "CIM_VirtualSystemSettingData", "x direct libvirt");
        assertThat(out.toString().lines().filter(l -> l.startsWith("| "))).hasSize(2).allMatch(l -> l.contains("| 4 |"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--runs=0", "--warmup=-1", "--sizes=0", "--sizes=10,-5"})
    void badOptionsAreAClearError(String option) {
        StringWriter err = new StringWriter();

        int status = ProviderBench.run(new PrintWriter(new StringWriter()), new PrintWriter(err), option);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--runs must be at least 1");
    }
}

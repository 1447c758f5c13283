package org.vemanager.mof.bench;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./vem bench mof}: its command line and report (no timing is asserted). */
class MofBenchTest {

    @Test
    void helpInstallsTheRejectAllSerializationFilter() throws IOException {
        assertThat(MofBench.run("--help")).isZero();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("x")));
        }
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
            .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void reportsColdWarmMedianAndMinimumForTheGivenSchema(@TempDir Path dir) throws IOException {
        Path mof = Files.writeString(dir.resolve("s.mof"), """
            Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
            class Test_A { [Key] string Name; };
            class Test_B : Test_A { };
            """);
        StringWriter out = new StringWriter();

        int status = MofBench.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--schema", mof.toString(), "--runs", "3",
            "--warmup", "1", "--markdown");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("(2 classes), 1 warm-up + 3 timed runs").contains("cold first run")
            .contains("warm median").contains("x the 2.0 s limit").contains("warm min");
        assertThat(out.toString().lines().filter(l -> l.startsWith("| "))).singleElement().asString().contains("| 2 |");
    }

    @Test
    void aMissingSchemaIsAClearError(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int status = MofBench.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--schema", dir.resolve("x.mof").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("schema not found: " + dir.resolve("x.mof"));
    }
}

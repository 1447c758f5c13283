package org.vemanager.mof.cli;

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

/** {@code ./vem mof compile}: exit status, summary on stdout, formatted errors on stderr. */
class MofMainTest {

    private static final String QUALIFIERS = """
        Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
        """;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = MofMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void helpInstallsTheRejectAllSerializationFilter() throws IOException {
        assertThat(MofMain.run("--help")).isZero();

        assertThatThrownBy(() -> deserialize(new ArrayList<>(List.of("x")))).isInstanceOf(InvalidClassException.class);
    }

    static Object deserialize(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void compilingValidFilesPrintsASummaryAndExitsZero(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.mof"), QUALIFIERS + "class Test_A { [Key] string Name; };\n");
        Path b = Files.writeString(dir.resolve("b.mof"), "class Test_B : Test_A { };\ninstance of Test_B { Name = \"b\"; };\n");

        Result result = run("compile", "--namespace", "root/virt", a.toString(), b.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out().trim())
            .isEqualTo("compiled 2 files: 1 qualifier types, 2 classes, 1 instances (namespace root/virt)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void includeDirectoriesAreSearched(@TempDir Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("q.mof"), QUALIFIERS);
        Path top = Files.writeString(dir.resolve("top.mof"), "#pragma include (\"q.mof\")\nclass Test_A { [Key] string Name; };\n");

        Result result = run("compile", "--include-dir", lib.toString(), top.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("1 qualifier types, 1 classes, 0 instances (namespace root/cimv2)");
    }

    @Test
    void errorsArePrintedWithPositionSourceLineAndCaretAndExitOne(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.mof"), QUALIFIERS + "class Test_A {\n    strin Name;\n};\nclass Test_B : Nope {};\n");

        Result result = run("compile", bad.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).containsExactly(
            bad + ":3:5: unknown type 'strin': expected a data type (uint8…uint64, sint8…sint64, real32, real64, string, boolean,"
                + " char16, datetime) or 'ClassName REF'",
            "    strin Name;",
            "    ^",
            bad + ":5:16: superclass Nope of class Test_B is not declared: expected a class declared earlier in namespace root/cimv2",
            "class Test_B : Nope {};",
            "               ^",
            "2 errors; nothing compiled");
    }

    @Test
    void aMissingFileIsAnErrorNotAStackTrace(@TempDir Path dir) {
        Result result = run("compile", dir.resolve("absent.mof").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith(dir.resolve("absent.mof") + ":0:0: cannot read " + dir.resolve("absent.mof")
            + ": no such file").doesNotContain("Exception");
    }

    @Test
    void missingArgumentsAreAUsageError() {
        Result result = run("compile");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter").contains("Usage:");
    }
}

package org.vemanager.mof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One small fixture per error the compiler reports (src/test/resources/errors): each must fail
 * with exactly one error, at the right line and column, with the right message, as listed in
 * errors/expected-errors.csv.
 */
class MofCompilerErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/errors/expected-errors.csv", delimiter = '|', quoteCharacter = '\0')
    void eachErrorFixtureFailsWithOneErrorAtItsPosition(String fixture, int line, int column, String message) {
        String resource = "errors/" + fixture + ".mof";

        MofCompilationException e = catchThrowableOfType(
            () -> new MofCompiler().compileResource(getClass().getClassLoader(), resource), MofCompilationException.class);

        assertThat(e).as("compiling %s must fail", resource).isNotNull();
        assertThat(e.errors()).hasSize(1);
        MofError error = e.errors().get(0);
        assertThat(error.file()).isEqualTo("classpath:" + resource);
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.sourceLine()).isNotEmpty();
        // The caret line points at the reported column of the quoted source line.
        String[] formatted = error.format().split("\n");
        assertThat(formatted[0]).isEqualTo("classpath:" + resource + ":" + line + ":" + column + ": " + message);
        assertThat(formatted[1]).isEqualTo(error.sourceLine());
        assertThat(formatted[2]).hasSize(column).endsWith("^");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing file     | does-not-exist.mof
        """)
    void aMissingTopLevelFileIsAnErrorNamingIt(String label, String file) {
        assertThatThrownBy(() -> new MofCompiler().compile(java.nio.file.Path.of("target", file)))
            .isInstanceOf(MofCompilationException.class)
            .satisfies(t -> assertThat(((MofCompilationException) t).errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).isEqualTo("cannot read " + java.nio.file.Path.of("target", file)
                    + ": no such file")));
    }
}

package org.vemanager.mof;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an error prints: {@code file:line:col: message}, the source line, a caret under the column. */
class MofErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        caret under column 5      | `    strin x;`  | 5  | `    ^`
        caret at column 1         | `class`         | 1  | `^`
        caret after the line end  | `class A {`     | 10 | `         ^`
        tabs kept for alignment   | `\tuint8 x`     | 2  | `\t^`
        """)
    void formatPointsAtTheColumn(String label, String sourceLine, int column, String caretLine) {
        MofError error = new MofError("f.mof", 3, column, "what was expected", sourceLine.replace("\\t", "\t"));

        assertThat(error.format()).isEqualTo("f.mof:3:" + column + ": what was expected\n" + sourceLine.replace("\\t", "\t") + "\n"
            + caretLine.replace("\\t", "\t"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no source line | f.mof:0:0: cannot read f.mof: no such file
        """)
    void withoutASourceLineOnlyTheFirstLinePrints(String label, String expected) {
        assertThat(new MofError("f.mof", 0, 0, "cannot read f.mof: no such file", null).format()).isEqualTo(expected);
    }
}

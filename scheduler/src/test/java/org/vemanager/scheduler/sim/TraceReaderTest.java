package org.vemanager.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsNamesAndPercentages() throws IOException {
        Path f = dir.resolve("day.csv");
        Files.writeString(f, "vm,t000,t001\na,1,2\nb,0,100\n");
        Trace t = TraceReader.read(f);
        assertThat(t.name()).isEqualTo("day");
        assertThat(t.vmNames()).containsExactly("a", "b");
        assertThat(t.percent()[1]).containsExactly(0, 100);
        assertThat(t.minutes()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "vm,t000,t001\\na,1,x\\n | line 2, column 3: 'x' is not a number",
        "vm,t000,t001\\na,1,120\\n | line 2, column 3: 120 is not a percentage",
        "vm,t000,t001\\na,1\\n | line 2: 1 samples, header has 2",
        "time,t000\\na,1\\n | line 1: expected a header",
        "vm,t000\\n | no VM rows"})
    void badInputNamesTheLineAndColumn(String content, String message) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, content.replace("\\n", "\n"));
        assertThatThrownBy(() -> TraceReader.read(f)).isInstanceOf(IOException.class).hasMessageContaining(message.trim())
            .hasMessageContaining("bad.csv");
    }
}

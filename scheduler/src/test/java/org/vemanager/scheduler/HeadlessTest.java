package org.vemanager.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scheduler must run headless and without the CIM stack: no Swing, AWT, FlatLaf or WBEM import under it. */
class HeadlessTest {

    @Test
    void noUiOrCimImportUnderTheSchedulerPackages() throws IOException {
        Path root = Path.of("src/main/java/org/vemanager/scheduler");
        assertThat(root).isDirectory();
        List<String> forbidden = List.of("import java.awt", "import javax.swing", "import com.formdev", "import org.jfree",
            "import org.metricshub.wbem", "import javax.cim", "import javax.wbem");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(java).hasSizeGreaterThan(20);
            for (Path p : java) {
                String text = Files.readString(p);
                for (String f : forbidden) {
                    assertThat(text).as(p.toString()).doesNotContain(f);
                }
            }
        }
    }
}

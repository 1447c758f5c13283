package org.vemanager.mof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never escapes as anything but a {@link MofCompilationException}: real DMTF MOF cut
 * short at many points either still compiles or fails with positioned errors — no other exception,
 * no hang.
 */
class TruncatedMofTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Core/CIM_EnabledLogicalElement.mof", "System/CIM_VirtualSystemSettingData.mof"})
    void everyTruncationCompilesOrFailsWithPositionedErrors(String file) throws IOException {
        Path schema = Path.of(System.getProperty("vem.shared.dir", "../../shared"), "dmtf-schema");
        assertThat(schema.resolve(file)).as("the shared DMTF schema").isRegularFile();
        String qualifiers = Files.readString(schema.resolve("qualifiers.mof"));
        String mof = Files.readString(schema.resolve(file));
        for (int cut = 0; cut <= mof.length(); cut += 53) {
            String text = qualifiers + mof.substring(0, cut);
            Throwable thrown = catchThrowable(() -> new MofCompiler().compile("cut.mof", text));
            if (thrown != null) {
                assertThat(thrown).as("cut at %d", cut).isInstanceOf(MofCompilationException.class);
                for (MofError e : ((MofCompilationException) thrown).errors()) {
                    assertThat(e.file()).isEqualTo("cut.mof");
                    assertThat(e.line()).as("line of %s", e).isPositive();
                    assertThat(e.column()).as("column of %s", e).isPositive();
                }
            }
        }
    }
}

package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;

/** Every DMTF class we serve, in each namespace, agrees with the DMTF CIM Schema 2.41 (see {@link SchemaComparison}). */
class SchemaAgreementTest {

    static Stream<Arguments> servedDmtfClasses() {
        return ServedClassCases.withPrefix("CIM_");
    }

    @Test
    void referenceSchemaIsThereAndCompiles() {
        assertThat(ReferenceSchema.schemaFile()).exists();
        // About 1,830 classes: a partial compile would let missing classes pass unnoticed.
        assertThat(ReferenceSchema.get().classes(ReferenceSchema.NAMESPACE)).hasSizeGreaterThan(1800);
    }

    @Test
    void everyNamespaceServesDmtfClasses() {
        assertThat(servedDmtfClasses().map(arguments -> arguments.get()[0]).distinct())
            .containsExactlyInAnyOrder("root/interop", "root/virt");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servedDmtfClasses")
    void agreesWithDmtf(String namespace, String className) {
        CIMClass ours = ServedClassCases.served(namespace, className);
        List<String> problems = SchemaComparison.disagreements(ours, ReferenceSchema.getClass(className));
        assertThat(problems)
            .as("%s in %s disagrees with the DMTF schema:%n  %s", className, namespace, String.join("\n  ", problems))
            .isEmpty();
    }
}

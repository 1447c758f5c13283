package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;

/**
 * Every DMTF class we serve, in each namespace, agrees with the DMTF CIM Schema 2.41 (see
 * {@link SchemaComparison}), and so does every qualifier type we declare: clients read both.
 */
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

    static Stream<Arguments> servedQualifierTypes() {
        MofRepository served = ServedClasses.load();
        return served.namespaces().stream().sorted().flatMap(namespace -> served.qualifierTypes(namespace).stream()
            .map(type -> Arguments.of(namespace, type.getName())));
    }

    @ParameterizedTest(name = "{0} qualifier {1}")
    @MethodSource("servedQualifierTypes")
    void qualifierTypeAgreesWithDsp0004(String namespace, String name) {
        CIMQualifierType<?> ours = qualifierType(ServedClasses.load(), namespace, name);
        CIMQualifierType<?> dmtf = qualifierType(ReferenceSchema.get(), ReferenceSchema.NAMESPACE, name);
        assertThat(dmtf).as("DMTF declares no qualifier %s", name).isNotNull();
        assertThat(ours.getName()).as("spelling of %s", name).isEqualTo(dmtf.getName());
        assertThat(CimFacts.describe(ours.getDataType())).as("type of %s", name).isEqualTo(CimFacts.describe(dmtf.getDataType()));
        assertThat(CimFacts.text(Optional.ofNullable(ours.getValue())))
            .as("default of %s", name).isEqualTo(CimFacts.text(Optional.ofNullable(dmtf.getValue())));
        assertThat(ours.getScope()).as("scope of %s", name).isEqualTo(dmtf.getScope());
        assertThat(ours.getFlavor()).as("flavor of %s", name).isEqualTo(dmtf.getFlavor());
    }

    private static CIMQualifierType<?> qualifierType(MofRepository repository, String namespace, String name) {
        return repository.qualifierTypes(namespace).stream()
            .filter(type -> type.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}

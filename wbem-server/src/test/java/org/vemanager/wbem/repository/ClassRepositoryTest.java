package org.vemanager.wbem.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vemanager.wbem.testing.TestSchema;

class ClassRepositoryTest {

    private final ClassRepository repo = TestSchema.repository();

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "root/test, root/test", "/root/test/, root/test", "ROOT/TEST, root/test", "root\\test, root/test",
        "interop, root/interop", "Interop/, root/interop", "root/nothere, NULL", "'', NULL"})
    void namespacesAreNormalisedAndAliased(String given, String expected) {
        assertThat(repo.resolveNamespace(given)).isEqualTo(expected);
    }

    static Stream<Arguments> hierarchy() {
        return Stream.of(
            Arguments.of("test_ext", "TEST_Person", true),
            Arguments.of("TEST_Ext", "cim_managedelement", true),
            Arguments.of("TEST_Person", "TEST_Ext", false),
            Arguments.of("TEST_Team", "TEST_Person", false));
    }

    @ParameterizedTest
    @MethodSource("hierarchy")
    void isAFollowsInheritanceCaseInsensitively(String cls, String ancestor, boolean expected) {
        assertThat(repo.classInfo("root/test", cls).isA(ancestor)).isEqualTo(expected);
    }

    @Test
    void subclassIndex() {
        ClassInfo root = repo.classInfo("ROOT/test", "CIM_ManagedElement");
        assertThat(root.children()).extracting(ClassInfo::name)
            .containsExactlyInAnyOrder("TEST_Person", "TEST_Team", "TEST_Service", "TEST_Idle", "CIM_Job");
        assertThat(root.deepSubclasses()).extracting(ClassInfo::name).contains("TEST_Ext", "CIM_ConcreteJob").hasSize(7);
        assertThat(repo.rootClasses("root/test")).extracting(ClassInfo::name).contains("CIM_ManagedElement", "TEST_Membership");
        assertThat(repo.associations("root/test")).extracting(ClassInfo::name)
            .containsExactlyInAnyOrder("TEST_Membership", "TEST_Friendship", "CIM_AffectedJobElement");
    }

    @Test
    void classInfoAnswersPropertiesKeysAndMethods() {
        ClassInfo ext = repo.classInfo("root/test", "TEST_Ext");
        assertThat(ext.property("AGE").getName()).isEqualTo("Age");
        assertThat(ext.keys()).extracting(p -> p.getName()).containsExactly("Name");
        assertThat(repo.classInfo("root/test", "TEST_Service").method("greet").getName()).isEqualTo("Greet");
        assertThat(repo.classInfo("root/test", "TEST_Membership").references()).hasSize(2);
        assertThat(repo.qualifierType("root/test", "KEY")).isNotNull();
        assertThat(repo.getClass("root/test", "nope")).isNull();
    }
}

package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;

class ClassOperationsTest {

    private final DispatcherFixture f = new DispatcherFixture();

    @Test
    void getClassDefaultsToLocalOnlyWithQualifiers() throws CimException {
        CIMClass ext = (CIMClass) f.call("GetClass", "ClassName", "test_ext").items.get(0).value();
        assertThat(ext.getName()).isEqualTo("TEST_Ext");
        assertThat(ext.getProperty("Extra")).isNotNull();
        assertThat(ext.getProperty("Age")).isNull();
        CIMClass all = (CIMClass) f.call("GetClass", "ClassName", "TEST_Ext", "LocalOnly", false).items.get(0).value();
        assertThat(all.getProperty("Age")).isNotNull();
        assertThat(all.getProperty("Name").isKey()).isTrue();
    }

    @Test
    void getClassWithoutQualifiersAndWithPropertyList() throws CimException {
        CIMClass person = (CIMClass) f.call("GetClass", "ClassName", "TEST_Person", "LocalOnly", false, "IncludeQualifiers", false,
            "PropertyList", new String[] {"Age"}).items.get(0).value();
        assertThat(person.getPropertyCount()).isEqualTo(1);
        assertThat(person.getProperty("Age").getQualifierCount()).isZero();
        CIMClass withQualifiers = (CIMClass) f.call("GetClass", "ClassName", "TEST_Person").items.get(0).value();
        assertThat(withQualifiers.getQualifierValue("Description")).asString().contains("person");
    }

    @Test
    void getClassKeepsMethodsWhateverTheFlags() throws CimException {
        // wbemcli types cm's parameters from GetClass (LocalOnly=false, qualifiers and origin on):
        // a class without its methods made it send none.
        CIMClass full = (CIMClass) f.call("GetClass", "ClassName", "TEST_Service", "LocalOnly", false, "IncludeClassOrigin", true)
            .items.get(0).value();
        assertThat(full.getMethod("Define")).isNotNull();
        assertThat(full.getMethod("Define").getParameter("Person").getQualifierValue("EmbeddedInstance")).isEqualTo("TEST_Person");
        CIMClass bare = (CIMClass) f.call("GetClass", "ClassName", "TEST_Service", "IncludeQualifiers", false,
            "PropertyList", new String[] {"Name"}).items.get(0).value();
        assertThat(bare.getMethods()).extracting(m -> m.getName())
            .containsExactlyInAnyOrder("Greet", "Define", "Ping", "StartJob", "Boom");
        assertThat(bare.getMethod("Greet").getParameter("Who").getQualifierCount()).isZero();
        assertThat(bare.getQualifierCount()).isZero();
    }

    @Test
    void classesCarryTheirMethodsWithTheirParameters() throws CimException {
        CIMClass service = (CIMClass) f.call("GetClass", "ClassName", "TEST_Service").items.get(0).value();
        assertThat(service.getMethod("Greet")).as("javax.cim's filterProperties drops methods; GetClass must not").isNotNull();
        assertThat(service.getMethod("Greet").getParameters()).extracting(p -> p.getName())
            .containsExactlyInAnyOrder("Who", "Times", "Reply");
        assertThat(service.getMethod("Greet").getParameters()).filteredOn(p -> p.getName().equals("Who"))
            .singleElement().satisfies(p -> assertThat(p.getQualifier("In")).isNotNull());

        CIMClass bare = (CIMClass) f.call("GetClass", "ClassName", "TEST_Service", "IncludeQualifiers", false).items.get(0).value();
        assertThat(bare.getMethod("Greet").getParameters()).allSatisfy(p -> assertThat(p.getQualifierCount()).isZero());
        assertThat(f.call("EnumerateClasses", "ClassName", "CIM_ManagedElement").items)
            .extracting(i -> (CIMClass) i.value()).filteredOn(c -> c.getName().equals("TEST_Service"))
            .singleElement().satisfies(c -> assertThat(c.getMethod("Ping")).isNotNull());
    }

    static Stream<Arguments> classNames() {
        return Stream.of(
            Arguments.of(null, false, List.of("CIM_ManagedElement", "TEST_Membership", "TEST_Friendship", "CIM_AffectedJobElement",
                "CIM_Error", "CIM_Indication")),
            Arguments.of("CIM_ManagedElement", false, List.of("TEST_Person", "TEST_Team", "TEST_Service", "TEST_Idle", "CIM_Job")),
            Arguments.of("TEST_Person", true, List.of("TEST_Ext")),
            Arguments.of("CIM_Job", true, List.of("CIM_ConcreteJob")),
            Arguments.of("TEST_Ext", true, List.of()));
    }

    @ParameterizedTest
    @MethodSource("classNames")
    void enumerateClassNamesAndClasses(String className, boolean deep, List<String> expected) throws CimException {
        RecordingWriter names = f.call("EnumerateClassNames", "ClassName", className, "DeepInheritance", deep);
        assertThat(names.items).extracting(RecordingWriter.Item::value).containsExactlyInAnyOrderElementsOf(expected);
        RecordingWriter classes = f.call("EnumerateClasses", "ClassName", className, "DeepInheritance", deep);
        assertThat(classes.items).extracting(i -> ((CIMClass) i.value()).getName()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void deepEnumerationWithoutClassNameListsEveryClass() throws CimException {
        assertThat(f.call("EnumerateClassNames", "DeepInheritance", true).items).hasSize(f.classes.classes("root/test").size());
    }

    @Test
    void qualifierDeclarations() throws CimException {
        CIMQualifierType<?> key = (CIMQualifierType<?>) f.call("GetQualifier", "QualifierName", "key").items.get(0).value();
        assertThat(key.getName()).isEqualTo("Key");
        assertThat(f.call("EnumerateQualifiers").items).hasSize(11)
            .allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReturnElement.QUALIFIER_DECLARATION));
    }

    @Test
    void namespaceAliasAndSpellingsResolve() throws CimException {
        assertThat(f.callIn("/ROOT/Test/", "alice", Role.READER, "EnumerateClassNames").items).isNotEmpty();
        assertThat(f.callIn("interop", "alice", Role.READER, "EnumerateClassNames").items).isEmpty();
    }
}

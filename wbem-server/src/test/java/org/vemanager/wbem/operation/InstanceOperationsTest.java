package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.TestPaths;

class InstanceOperationsTest {

    private final DispatcherFixture f = new DispatcherFixture();

    private static List<String> names(CIMInstance instance) {
        return Arrays.stream(instance.getProperties()).map(CIMProperty::getName).sorted().toList();
    }

    @Test
    void getInstanceReturnsTheInstanceWithoutClassOrigin() throws CimException {
        RecordingWriter out = f.call("GetInstance", "InstanceName", TestPaths.person("alice"));
        assertThat(out.items).singleElement().satisfies(item -> assertThat(item.kind()).isEqualTo(ReturnElement.INSTANCE));
        CIMInstance alice = out.instances().get(0);
        assertThat(alice.getPropertyValue("Age")).isEqualTo(new UnsignedInteger32(30));
        assertThat(Arrays.stream(alice.getProperties()).map(CIMProperty::getOriginClass)).containsOnlyNulls();
        assertThat(alice.getObjectPath().getNamespace()).isEqualTo("root/test");
    }

    @Test
    void includeClassOriginNamesTheDeclaringClass() throws CimException {
        CIMInstance bob = f.call("GetInstance", "InstanceName", TestPaths.person("TEST_Ext", "bob"), "IncludeClassOrigin", true)
            .instances().get(0);
        assertThat(bob.getProperty("Extra").getOriginClass()).isEqualTo("TEST_Ext");
        assertThat(bob.getProperty("Age").getOriginClass()).isEqualTo("TEST_Person");
        assertThat(bob.getProperty("ElementName").getOriginClass()).isEqualTo("CIM_ManagedElement");
    }

    static Stream<Arguments> propertyLists() {
        return Stream.of(
            Arguments.of(null, List.of("Active", "Age", "ElementName", "Name", "Nicknames")),
            Arguments.of(new String[0], List.of()),
            Arguments.of(new String[] {"age", "NoSuchThing"}, List.of("Age")),
            Arguments.of(new String[] {"Name", "Nicknames"}, List.of("Name", "Nicknames")));
    }

    @ParameterizedTest
    @MethodSource("propertyLists")
    void propertyListFiltersGetInstance(String[] propertyList, List<String> expected) throws CimException {
        CIMInstance alice = f.call("GetInstance", "InstanceName", TestPaths.person("alice"), "PropertyList", propertyList)
            .instances().get(0);
        assertThat(names(alice)).isEqualTo(expected);
        assertThat(alice.getObjectPath().getKeyValue("Name")).isEqualTo("alice");
    }

    @Test
    void keyValuesAreCoercedToTheDeclaredType() throws CimException {
        CIMInstance team = f.call("GetInstance", "InstanceName", TestPaths.path("test_team", "id", "1")).instances().get(0);
        assertThat(team.getPropertyValue("Label")).isEqualTo("red");
    }

    static Stream<Arguments> enumerations() {
        return Stream.of(
            Arguments.of("CIM_ManagedElement", true, List.of("alice", "carol", "bob", "1", "2", "svc")),
            Arguments.of("TEST_Person", true, List.of("alice", "carol", "bob")),
            Arguments.of("TEST_Ext", true, List.of("bob")),
            Arguments.of("TEST_Team", false, List.of("1", "2")),
            Arguments.of("CIM_Error", true, List.of()));
    }

    @ParameterizedTest
    @MethodSource("enumerations")
    void enumerationWalksSubclassesWithProviders(String className, boolean deep, List<String> expected) throws CimException {
        RecordingWriter out = f.call("EnumerateInstances", "ClassName", className, "DeepInheritance", deep);
        assertThat(out.keys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(out.items).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReturnElement.VALUE_NAMEDINSTANCE));
        RecordingWriter names = f.call("EnumerateInstanceNames", "ClassName", className);
        assertThat(names.keys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names.items).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReturnElement.INSTANCENAME));
    }

    @Test
    void shallowEnumerationDropsSubclassProperties() throws CimException {
        RecordingWriter deep = f.call("EnumerateInstances", "ClassName", "TEST_Person", "DeepInheritance", true);
        RecordingWriter shallow = f.call("EnumerateInstances", "ClassName", "TEST_Person", "DeepInheritance", false);
        CIMInstance bobDeep = deep.instances().stream().filter(i -> i.getClassName().equals("TEST_Ext")).findFirst().orElseThrow();
        CIMInstance bobShallow = shallow.instances().stream().filter(i -> i.getClassName().equals("TEST_Ext")).findFirst().orElseThrow();
        assertThat(bobDeep.getProperty("Extra")).isNotNull();
        assertThat(bobShallow.getProperty("Extra")).isNull();
        assertThat(bobShallow.getClassName()).isEqualTo("TEST_Ext");
    }

    @Test
    void enumerationAppliesPropertyListAndIgnoresLocalOnlyAndQualifiers() throws CimException {
        RecordingWriter out = f.call("EnumerateInstances", "ClassName", "TEST_Person", "PropertyList", new String[] {"Age"},
            "LocalOnly", true, "IncludeQualifiers", true);
        assertThat(out.instances()).hasSize(3).allSatisfy(i -> assertThat(names(i)).containsExactly("Age"));
    }

    @Test
    void createModifyDeleteRoundTrip() throws CimException {
        CIMInstance dave = new CIMInstance(TestPaths.person("dave"), new CIMProperty<?>[] {
            new CIMProperty<>("name", CIMDataType.STRING_T, "dave"),
            new CIMProperty<>("Age", CIMDataType.UINT32_T, new UnsignedInteger32(7))});
        RecordingWriter created = f.call("CreateInstance", "NewInstance", dave);
        assertThat(created.items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReturnElement.INSTANCENAME);
            assertThat(((CIMObjectPath) i.value()).getKeyValue("Name")).isEqualTo("dave");
        });
        CIMInstance older = new CIMInstance(TestPaths.person("dave"), new CIMProperty<?>[] {
            new CIMProperty<>("Age", CIMDataType.UINT32_T, new UnsignedInteger32(8)),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "ignored: not in PropertyList")});
        f.call("ModifyInstance", "ModifiedInstance", older, "PropertyList", new String[] {"Age"});
        CIMInstance read = f.call("GetInstance", "InstanceName", TestPaths.person("dave")).instances().get(0);
        assertThat(read.getPropertyValue("Age")).isEqualTo(new UnsignedInteger32(8));
        assertThat(read.getProperty("ElementName")).isNull();
        f.call("DeleteInstance", "InstanceName", TestPaths.person("dave"));
        assertThat(f.call("EnumerateInstanceNames", "ClassName", "TEST_Person").keys()).doesNotContain("dave");
    }

    @Test
    void createConvertsCompatibleValuesToTheDeclaredType() throws CimException {
        CIMInstance erin = new CIMInstance(TestPaths.person("erin"), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "erin"),
            new CIMProperty<>("Age", CIMDataType.UINT32_T, UntypedValue.scalar("12"))});
        f.call("CreateInstance", "NewInstance", erin);
        assertThat(f.call("GetProperty", "InstanceName", TestPaths.person("erin"), "PropertyName", "Age").values)
            .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(new UnsignedInteger32(12)));
    }

    @Test
    void getAndSetProperty() throws CimException {
        f.call("SetProperty", "InstanceName", TestPaths.person("carol"), "PropertyName", "age", "NewValue", UntypedValue.scalar("26"));
        RecordingWriter out = f.call("GetProperty", "InstanceName", TestPaths.person("carol"), "PropertyName", "Age");
        assertThat(out.values).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(CIMDataType.UINT32_T);
            assertThat(v.value()).isEqualTo(new UnsignedInteger32(26));
        });
        f.call("SetProperty", "InstanceName", TestPaths.person("carol"), "PropertyName", "Nicknames",
            "NewValue", UntypedValue.array(List.of("c", "cc")));
        assertThat((String[]) f.call("GetProperty", "InstanceName", TestPaths.person("carol"), "PropertyName", "Nicknames")
            .values.get(0).value()).containsExactly("c", "cc");
    }

    @Test
    void providerContextEnumeratesNamesAcrossProviders() throws CimException {
        List<CIMObjectPath> paths = f.registry.context().enumerateInstanceNames("root/test", "TEST_Person");
        assertThat(paths).extracting(p -> p.getKeyValue("Name")).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(f.registry.context().getClass("root/test", "test_ext").getName()).isEqualTo("TEST_Ext");
    }
}

package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.TestPaths;

/** The association walk in both directions with every filter. */
class AssociationOperationsTest {

    private final DispatcherFixture f = new DispatcherFixture();

    static Stream<Arguments> associators() {
        CIMObjectPath alice = TestPaths.person("alice");
        CIMObjectPath bob = TestPaths.person("TEST_Ext", "bob");
        CIMObjectPath red = TestPaths.team(1);
        return Stream.of(
            Arguments.of("alice, all", alice, null, null, null, null, List.of("1", "bob")),
            Arguments.of("alice via membership", alice, "TEST_Membership", null, null, null, List.of("1")),
            Arguments.of("alice, teams only", alice, null, "TEST_Team", null, null, List.of("1")),
            Arguments.of("alice, people only", alice, null, "TEST_Person", null, null, List.of("bob")),
            Arguments.of("alice, TEST_Ext by ISA", alice, null, "TEST_Ext", null, null, List.of("bob")),
            Arguments.of("alice as Friend", alice, null, null, "Friend", null, List.of("bob")),
            Arguments.of("alice as OtherFriend", alice, null, null, "OtherFriend", null, List.of()),
            Arguments.of("alice, result role Team", alice, null, null, null, "Team", List.of("1")),
            Arguments.of("bob as OtherFriend", bob, "TEST_Friendship", null, "otherfriend", "Friend", List.of("alice")),
            Arguments.of("team red → members", red, null, null, null, null, List.of("alice", "bob")),
            Arguments.of("team red → TEST_Ext members", red, null, "TEST_Ext", "Team", "Member", List.of("bob")),
            Arguments.of("team red, wrong role", red, null, null, "Member", null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("associators")
    void associatorsAndNamesAgree(String name, CIMObjectPath target, String assocClass, String resultClass, String role,
            String resultRole, List<String> expected) throws CimException {
        RecordingWriter objects = f.call("Associators", "ObjectName", target, "AssocClass", assocClass, "ResultClass", resultClass,
            "Role", role, "ResultRole", resultRole);
        assertThat(objects.keys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(objects.items).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ReturnElement.VALUE_OBJECTWITHPATH);
            CIMObjectPath path = ((CIMInstance) i.value()).getObjectPath();
            assertThat(path.getNamespace()).isEqualTo("root/test");
            assertThat(path.getHost()).isEqualTo("testhost");
        });
        RecordingWriter names = f.call("AssociatorNames", "ObjectName", target, "AssocClass", assocClass, "ResultClass", resultClass,
            "Role", role, "ResultRole", resultRole);
        assertThat(names.keys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names.items).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReturnElement.OBJECTPATH));
    }

    static Stream<Arguments> references() {
        CIMObjectPath alice = TestPaths.person("alice");
        CIMObjectPath red = TestPaths.team(1);
        return Stream.of(
            Arguments.of("alice, all", alice, null, null, List.of("TEST_Membership:alice", "TEST_Friendship:alice")),
            Arguments.of("alice, memberships", alice, "TEST_Membership", null, List.of("TEST_Membership:alice")),
            Arguments.of("alice as Member", alice, null, "Member", List.of("TEST_Membership:alice")),
            Arguments.of("alice as Friend", alice, null, "Friend", List.of("TEST_Friendship:alice")),
            Arguments.of("red", red, null, null, List.of("TEST_Membership:alice", "TEST_Membership:bob")),
            Arguments.of("red as Member", red, null, "Member", List.of()));
    }

    private static List<String> describe(RecordingWriter out) {
        return out.paths().stream().map(p -> p.getObjectName() + ":" + ((CIMObjectPath) p.getKeys()[0].getValue())
            .getKeyValue("Name")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void referencesAndNamesAgree(String name, CIMObjectPath target, String resultClass, String role, List<String> expected)
            throws CimException {
        RecordingWriter objects = f.call("References", "ObjectName", target, "ResultClass", resultClass, "Role", role);
        assertThat(describe(objects)).containsExactlyInAnyOrderElementsOf(expected);
        RecordingWriter names = f.call("ReferenceNames", "ObjectName", target, "ResultClass", resultClass, "Role", role);
        assertThat(describe(names)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names.paths()).allSatisfy(p -> assertThat(p.getHost()).isEqualTo("testhost"));
    }

    @Test
    void referencesApplyPropertyList() throws CimException {
        RecordingWriter out = f.call("References", "ObjectName", TestPaths.person("alice"), "ResultClass", "TEST_Membership",
            "PropertyList", new String[] {"MemberRole"});
        assertThat(out.instances()).singleElement().satisfies(i -> {
            assertThat(Arrays.stream(i.getProperties()).map(CIMProperty::getName)).containsExactly("MemberRole");
            assertThat(i.getPropertyValue("MemberRole")).isEqualTo("lead");
        });
    }

    @Test
    void associatorsApplyPropertyListToFarEnds() throws CimException {
        RecordingWriter out = f.call("Associators", "ObjectName", TestPaths.team(1), "PropertyList", new String[] {"Age"});
        assertThat(out.instances()).hasSize(2).allSatisfy(i ->
            assertThat(Arrays.stream(i.getProperties()).map(CIMProperty::getName)).containsExactly("Age"));
    }

    @Test
    void classLevelTraversalAnswersWithClasses() throws CimException {
        RecordingWriter refs = f.call("ReferenceNames", "ObjectName", TestPaths.path("TEST_Team"));
        assertThat(refs.paths()).extracting(CIMObjectPath::getObjectName)
            .containsExactlyInAnyOrder("TEST_Membership", "CIM_AffectedJobElement");
        RecordingWriter assocs = f.call("Associators", "ObjectName", TestPaths.path("TEST_Team"), "AssocClass", "TEST_Membership");
        assertThat(assocs.items).extracting(i -> ((CIMClass) i.value()).getName()).containsExactly("TEST_Person");
    }

    @Test
    void affectedJobElementLinksJobsAndElements() throws CimException {
        // exercised fully in JobServiceTest; here only that an element without jobs has no job associators
        assertThat(f.call("AssociatorNames", "ObjectName", TestPaths.service(), "ResultClass", "CIM_ConcreteJob").items).isEmpty();
    }
}

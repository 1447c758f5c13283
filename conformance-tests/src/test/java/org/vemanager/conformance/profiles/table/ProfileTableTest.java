package org.vemanager.conformance.profiles.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table format the profile checks are written in, and the ValueMap rule they apply. */
class ProfileTableTest {

    @Test
    void readsEveryKindOfLine() {
        ProfileTable table = ProfileTable.parse("t.table", List.of(
            "# a comment",
            "profile: Virtual System",
            "dsp: DSP1057 1.0.0",
            "namespace: root/other",
            "instanceid: opaque",
            "class CIM_ComputerSystem central: Name, ElementName, NameFormat?",
            "assoc CIM_SystemDevice CIM_ComputerSystem.GroupComponent -> CIM_LogicalDevice.PartComponent central some",
            "method CIM_ComputerSystem.RequestStateChange: RequestedState, TimeoutPeriod",
            "bad CIM_ComputerSystem.RequestStateChange central: RequestedState uint16 55555; Note string a b c => rc 5 4097 error 4",
            "feature VEM_Caps.RequestedStatesSupported",
            "class CIM_Other: InstanceID gap \"not served yet\""));

        assertThat(table.profile()).isEqualTo("Virtual System");
        assertThat(table.namespace()).isEqualTo("root/other");
        assertThat(table.preferredInstanceIds()).isFalse();
        ProfileTable.ClassRule cs = table.classes().get(0);
        assertThat(cs.central()).isTrue();
        assertThat(cs.required()).containsExactly("Name", "ElementName");
        assertThat(cs.optional()).containsExactly("NameFormat");
        assertThat(table.classes().get(1).gap()).isEqualTo("not served yet");
        ProfileTable.AssociationRule device = table.associations().get(0);
        assertThat(device).isEqualTo(new ProfileTable.AssociationRule("CIM_SystemDevice", "CIM_ComputerSystem", "GroupComponent",
            "CIM_LogicalDevice", "PartComponent", true, true, null));
        assertThat(table.methods().get(0).parameters()).containsExactly("RequestedState", "TimeoutPeriod");
        ProfileTable.BadInputRule bad = table.badInputs().get(0);
        assertThat(bad.arguments()).containsExactly(new ProfileTable.Argument("RequestedState", "uint16", "55555"),
            new ProfileTable.Argument("Note", "string", "a b c"));
        assertThat(bad.returnCodes()).containsExactly(5L, 4097L);
        assertThat(bad.errors()).containsExactly(4);
        assertThat(table.features()).containsExactly(new ProfileTable.FeatureRule("VEM_Caps", "RequestedStatesSupported"));
    }

    @Test
    void aBadLineNamesItsTableAndLine() {
        assertThatThrownBy(() -> ProfileTable.parse("x.table", List.of("profile: P", "assoc A B.r C.s")))
            .hasMessageContaining("x.table:2").hasMessageContaining("assoc A B.r C.s");
        assertThatThrownBy(() -> ProfileTable.parse("y.table", List.of("class CIM_X: A")))
            .hasMessageContaining("y.table").hasMessageContaining("profile:");
        assertThatThrownBy(() -> ProfileTable.parse("z.table", List.of("profile: P", "bad C.M: A uint16 1 => maybe 3")))
            .hasMessageContaining("z.table:2");
    }

    @Test
    void everyShippedTableReads() throws IOException {
        assertThat(ProfileTable.all()).extracting(ProfileTable::profile)
            .contains("Profile Registration", "System Virtualization", "Virtual System", "Resource Allocation");
    }

    @Test
    void valueMapAllowsListedValuesAndRangesNotReservedToTheDmtf() {
        String[] map = {"0", "2", "3", "..", "11..32767", "32768..65535"};
        String[] values = {"Unknown", "Enabled", "Disabled", "DMTF Reserved", "DMTF Reserved", "Vendor Reserved"};

        assertThat(ClassRules.inValueMap("2", map, values)).isTrue();
        assertThat(ClassRules.inValueMap("40000", map, values)).as("vendor range").isTrue();
        assertThat(ClassRules.inValueMap("5", map, values)).as("the bare '..' is reserved").isFalse();
        assertThat(ClassRules.inValueMap("12", map, values)).as("a DMTF-reserved range").isFalse();
        assertThat(ClassRules.inValueMap("0x8001", new String[] {"0x8000.."}, null)).isTrue();
        assertThat(ClassRules.inValueMap("OK", new String[] {"OK", "Error"}, null)).isTrue();
        assertThat(ClassRules.inValueMap("Fine", new String[] {"OK", "Error"}, null)).isFalse();
    }
}

package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;

/** How a snapshot VSSD as the node-agent serves it (see cim-provider's SnapshotSettings) becomes a tree item. */
class VmSnapshotsTest {

    private static final String ID = "VEM:6695eb01-f6a4-8304-79aa-97f2502e193f/snapshot/after-update";
    private static final String PARENT = "VEM:6695eb01-f6a4-8304-79aa-97f2502e193f/snapshot/base";

    private static CIMInstance vssd(String... notes) {
        CIMObjectPath path = new CIMObjectPath(null, null, null, NodeSession.VIRT, "VEM_VirtualSystemSettingData",
                new CIMProperty<?>[] {new CIMProperty<>("InstanceID", CIMDataType.STRING_T, ID, true, false, null)});
        return new CIMInstance(path, new CIMProperty<?>[] {
            new CIMProperty<>("InstanceID", CIMDataType.STRING_T, ID, true, false, null),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "after-update"),
            new CIMProperty<>("Notes", CIMDataType.STRING_ARRAY_T, notes)});
    }

    @Test
    void parentAndDescriptionComeFromTheNotesAndTheCapturedStateIsNotADescription() {
        VmSnapshots.Snapshot s = VmSnapshots.of(vssd("Parent=" + PARENT, "State=running", "before the kernel update"), ID, ID);
        assertThat(s.name()).isEqualTo("after-update");
        assertThat(s.parentId()).isEqualTo(PARENT);
        assertThat(s.description()).isEqualTo("before the kernel update");
        assertThat(s.current()).isTrue();
    }

    @Test
    void aRootHasNoParentAndOnlyTheCurrentOneIsMarked() {
        VmSnapshots.Snapshot s = VmSnapshots.of(vssd("State=shutoff"), ID, PARENT);
        assertThat(s.parentId()).isNull();
        assertThat(s.description()).isNull();
        assertThat(s.current()).isFalse();
    }

    @Test
    void aNameTheNodeWouldRefuseIsRefusedBeforeAnythingIsSent() {
        assertThat(VmSnapshots.checkName("  nightly-1.2_b ")).isEqualTo("nightly-1.2_b");
        assertThatThrownBy(() -> VmSnapshots.checkName("-starts-with-dash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VmSnapshots.checkName("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VmSnapshots.checkName("")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which enumerated RASDs give a VM's present size (the node also lists snapshots' RASDs and templates). */
class NodeSessionTest {

    private static final String UUID = "6695EB01-f6a4-8304-79aa-97f2502e193f";

    @Test
    void aVmsOwnRasdNamesItsVm() {
        assertThat(NodeSession.vmOfOwnRasd("VEM:" + UUID + "/proc")).isEqualTo(UUID.toLowerCase());
        assertThat(NodeSession.vmOfOwnRasd("VEM:" + UUID + "/disk/vda")).isEqualTo(UUID.toLowerCase());
    }

    @Test
    void aSnapshotsRasdOrATemplateNamesNoVm() {
        assertThat(NodeSession.vmOfOwnRasd("VEM:" + UUID + "/snapshot/before-update/mem")).isNull();
        assertThat(NodeSession.vmOfOwnRasd("VEM:pool/mem/host/template/Maximum")).isNull();
        assertThat(NodeSession.vmOfOwnRasd("VEM:" + UUID)).isNull();
        assertThat(NodeSession.vmOfOwnRasd("other:" + UUID + "/proc")).isNull();
    }
}

package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodePoolsTest {

    @Test
    void anAllocationsVmIsTheUuidItsInstanceIdStartsWith() {
        assertThat(NodePools.uuidOf("VEM:9B3F5D11-2c3a-4f6e-9d4b-5e6f7a8b9c03/disk/vda"))
                .isEqualTo("9b3f5d11-2c3a-4f6e-9d4b-5e6f7a8b9c03");
        assertThat(NodePools.uuidOf("VEM:9b3f5d11-2c3a-4f6e-9d4b-5e6f7a8b9c03/snapshot/s1/disk/vda"))
                .isEqualTo("9b3f5d11-2c3a-4f6e-9d4b-5e6f7a8b9c03");
    }

    @Test
    void anInstanceIdOfAnotherShapeIsKeptWhole() {
        assertThat(NodePools.uuidOf("Other:thing")).isEqualTo("Other:thing");
        assertThat(NodePools.uuidOf("no-colon/here")).isEqualTo("no-colon/here");
        assertThat(NodePools.uuidOf(null)).isEmpty();
    }
}

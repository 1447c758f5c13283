package org.vemanager.provider.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceBuilderTest {

    @Test
    void captionKeepsToItsMaxLen() {
        String pool = "libvirt storage pool in /tmp/vem-conformance-1234567890123456789/a/long/path/images";
        String cut = (String) new InstanceBuilder("root/virt", "VEM_ResourcePool").caption(pool).build()
            .getPropertyValue("Caption");

        assertThat(cut).hasSize(InstanceBuilder.CAPTION_MAX_LEN).startsWith("libvirt storage pool in /tmp/").endsWith("\u2026");
        assertThat(new InstanceBuilder("root/virt", "X").caption("short").build().getPropertyValue("Caption")).isEqualTo("short");
        assertThat(new InstanceBuilder("root/virt", "X").caption(null).build().getProperty("Caption")).isNotNull();
    }
}

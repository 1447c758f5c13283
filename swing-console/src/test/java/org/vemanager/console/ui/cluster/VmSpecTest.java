package org.vemanager.console.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMInstance;

class VmSpecTest {

    @Test
    void buildsTheStandardDefineSystemInput() {
        VmSpec spec = new VmSpec("web-3", 2, 2048, "images", 20, "lan");

        CIMInstance[] rasds = spec.resourceSettings();

        assertThat(spec.systemSettings().getPropertyValue("ElementName")).isEqualTo("web-3");
        assertThat(rasds).extracting(r -> r.getPropertyValue("ResourceType").toString()).containsExactly("3", "4", "17", "10");
        assertThat(rasds[1].getPropertyValue("AllocationUnits")).isEqualTo("byte*2^20");
        assertThat(rasds[2].getPropertyValue("PoolID")).isEqualTo("images");
        assertThat((String[]) rasds[3].getPropertyValue("Connection")).containsExactly("lan");
    }

    @Test
    void omitsDiskAndNetworkWhenNotAskedFor() {
        assertThat(new VmSpec("db", 1, 512, null, 0, null).resourceSettings()).hasSize(2);
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertThatThrownBy(() -> new VmSpec("bad name!", 1, 512, null, 0, null)).hasMessageStartingWith("Name");
        assertThatThrownBy(() -> new VmSpec("ok", 0, 512, null, 0, null)).hasMessageStartingWith("vCPUs");
        assertThatThrownBy(() -> new VmSpec("ok", 1, 8, null, 0, null)).hasMessageStartingWith("Memory");
        assertThatThrownBy(() -> new VmSpec("ok", 1, 512, "pool", 0, null)).hasMessageStartingWith("Disk");
    }
}

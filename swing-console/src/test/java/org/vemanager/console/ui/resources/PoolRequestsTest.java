package org.vemanager.console.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vemanager.console.client.PoolConfiguration.Format;
import org.vemanager.console.client.PoolConfiguration.NetworkMode;

/** What the volume, pool and network dialogs accept before anything is sent to the node. */
class PoolRequestsTest {

    @Test
    void aVolumeSizeInGibIsSentInMib() {
        VolumeDialog.NewVolume v = VolumeDialog.NewVolume.of(" data.qcow2 ", 2, "GiB", Format.QCOW2);
        assertThat(v.name()).isEqualTo("data.qcow2");
        assertThat(v.sizeMiB()).isEqualTo(2048);
        assertThat(VolumeDialog.NewVolume.of("d.img", 300, "MiB", Format.RAW).sizeMiB()).isEqualTo(300);
        assertThatThrownBy(() -> VolumeDialog.NewVolume.of(" ", 1, "GiB", Format.RAW)).hasMessageStartingWith("Name:");
    }

    @Test
    void eachNetworkModeNeedsItsOwnField() {
        assertThat(new NetworkDialog.NewNetwork("n", NetworkMode.NAT, "10.0.5.1/24", "br0").bridge())
                .as("a NAT network sends no bridge").isNull();
        assertThat(new NetworkDialog.NewNetwork("b", NetworkMode.BRIDGE, "10.0.5.1/24", "br0").address())
                .as("a bridge network sends no address").isNull();
        assertThatThrownBy(() -> new NetworkDialog.NewNetwork("i", NetworkMode.ISOLATED, "", null)).hasMessageStartingWith("Address:");
        assertThatThrownBy(() -> new NetworkDialog.NewNetwork("b", NetworkMode.BRIDGE, null, " ")).hasMessageStartingWith("Bridge:");
    }

    @Test
    void aStoragePoolNeedsAnAbsoluteDirectory() {
        assertThat(new StoragePoolDialog.NewStoragePool("p", "/srv/p").directory()).isEqualTo("/srv/p");
        assertThatThrownBy(() -> new StoragePoolDialog.NewStoragePool("p", "srv/p")).hasMessageStartingWith("Directory:");
    }

    @Test
    void volumeSizesReadInMibBelowAGib() {
        assertThat(Sizes.bytes(64L << 20)).isEqualTo("64.0 MiB");
        assertThat(Sizes.bytes(2L << 30)).isEqualTo("2.0 GiB");
        assertThat(Sizes.bytes(-1)).isEqualTo("—");
    }
}

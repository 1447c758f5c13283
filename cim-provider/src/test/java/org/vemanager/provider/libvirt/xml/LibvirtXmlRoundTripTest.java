package org.vemanager.provider.libvirt.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.provider.libvirt.DomainConfigEditor;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.libvirt.xml.capabilities.CapabilitiesXml;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.testing.HostFixture;

/** libvirt XML survives our model: nothing we do not understand is lost, on paper and through libvirt itself. */
class LibvirtXmlRoundTripTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = LibvirtXmlRoundTripTest.class.getResourceAsStream("/xml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test-driver-default-domain.xml", "rich-qemu-domain.xml"})
    void aDomainDocumentReadsAndWritesBackToTheSameDocument(String name) throws IOException {
        String original = fixture(name);

        String written = DomainXml.parse(original).toXml();

        assertThat(XmlNormalizer.normalize(written)).isEqualTo(XmlNormalizer.normalize(original));
    }

    @Test
    void theCapabilitiesDocumentReadsAndWritesBackToTheSameDocument() throws IOException {
        String original = fixture("test-driver-capabilities.xml");

        CapabilitiesXml caps = CapabilitiesXml.parse(original);

        assertThat(XmlNormalizer.normalize(caps.toXml())).isEqualTo(XmlNormalizer.normalize(original));
        assertThat(caps.domainTypes()).containsExactly("test");
        assertThat(caps.host.cpu.arch).isEqualTo("i686");
    }

    @Test
    void readsWhatWeModelFromTheRichDomain() throws IOException {
        DomainXml rich = DomainXml.parse(fixture("rich-qemu-domain.xml"));

        assertThat(rich.type).isEqualTo("kvm");
        assertThat(rich.memory.kib()).isEqualTo(4L * 1024 * 1024);
        assertThat(rich.currentMemory.kib()).isEqualTo(3L * 1024 * 1024);
        assertThat(rich.vcpu.online()).isEqualTo(2);
        assertThat(rich.cputune.shares).isEqualTo(1024L);
        assertThat(rich.os.type.machine).isEqualTo("pc-q35-7.2");
        assertThat(rich.devices.disks).extracting(d -> d.source == null ? null : d.source.hostResource())
                .containsExactly("/var/lib/libvirt/images/rich.qcow2", "images/data.raw", "pool/image", null, "/dev/sdb");
        assertThat(rich.devices.interfaces).extracting(n -> n.source.connection()).containsExactly("br0", "default", "eth0");
        assertThat(rich.devices.graphics).extracting(g -> g.type).containsExactly("spice", "vnc");
    }

    @Test
    void anEditKeepsEverythingItDidNotTouch() throws IOException {
        String original = fixture("rich-qemu-domain.xml");
        DomainXml rich = DomainXml.parse(original);

        rich.vcpu.current = 3;
        rich.devices.disks.remove(3);
        String edited = rich.toXml();

        assertThat(edited).contains("<qemu:arg value=\"device.net0.x-txburst=256\"", "seclabel", "<numatune", "vcpupin",
                "<tpm model=\"tpm-crb\"",
                "app:owner", "<iotune", "<filterref filter=\"clean-traffic\"", "passwd=\"secret\"", "firmware=\"efi\"",
                        "cpuset=\"0-3\"");
        List<String> originalLines = XmlNormalizer.normalize(original).lines().toList();
        List<String> editedLines = XmlNormalizer.normalize(edited).lines().toList();
        assertThat(originalLines).containsAll(editedLines.stream().filter(l -> !l.contains("vcpu ")).toList());
        assertThat(editedLines).anyMatch(l -> l.contains("vcpu ") && l.contains("current=\"3\""));
    }

    @Test
    void writesOneDeviceAsAnElementForHotPlug() throws IOException {
        Disk disk = DomainXml.parse(fixture("rich-qemu-domain.xml")).devices.disks.get(0);

        String xml = LibvirtXml.writeElement("disk", Disk.class, disk);

        assertThat(xml).startsWith("<disk").contains("<iotune", "cache=\"none\"", "<seclabel model=\"dac\" relabel=\"no\"");
    }

    @Test
    void refusesADocumentWithADoctype() {
        String hostile = "<!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><domain type='test'><name>&x;</name></domain>";

        assertThatThrownBy(() -> DomainXml.parse(hostile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid libvirt DomainXml document");
    }

    @Test
    void aDomainFetchedEditedAndRedefinedByLibvirtKeepsEverythingElse(@TempDir Path dir) throws Exception {
        String web = "11111111-0000-4000-8000-000000000001";
        try (Hypervisor hypervisor = HostFixture.open(HostFixture.write(dir, "/hosts/small-host.xml"))) {
            DomainConfigEditor editor = new DomainConfigEditor(hypervisor);
            String before = hypervisor.onDomain(web, "read", d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));

            editor.edit(web, "no change", config -> { });
            String unchanged = hypervisor.onDomain(web, "read", d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));
            editor.edit(web, "describe", config -> config.description = "edited");
            String after = hypervisor.onDomain(web, "read", d -> d.getXMLDesc(Hypervisor.XML_INACTIVE));

            assertThat(unchanged).isEqualTo(before);
            assertThat(after).isEqualTo(before.replace("<description>front end</description>", "<description>edited</description>"));
        }
    }
}

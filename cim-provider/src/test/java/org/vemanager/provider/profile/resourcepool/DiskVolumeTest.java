package org.vemanager.provider.profile.resourcepool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/** A disk RASD backed by a storage pool volume: its libvirt form, its format, its read-back and its refusals. */
class DiskVolumeTest {

    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    /** CreateResourceInPool in pool "empty"; returns the RASD it hands back. */
    private CIMInstance createVolume(String name, String format) throws CimException {
        CIMObjectPath pool = host.pools().stream().filter(p -> "VEM:pool/storage/empty".equals(p.getPropertyValue("InstanceID")))
                .findFirst().orElseThrow().getObjectPath();
        CIMInstance settings = new InstanceBuilder(CimNames.NAMESPACE, CimNames.DISK_RASD).uint16("ResourceType", 17)
                .string("ElementName", name).string("ResourceSubType", format).uint64("VirtualQuantity", 64L)
                .string("VirtualQuantityUnits", "byte*2^20").build();
        MethodResult r = host.invoke(host.only(ResourcePoolConfigurationServiceProvider.CLASS), "CreateResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pool),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_T, settings));
        return (CIMInstance) r.outParameters().stream().filter(a -> a.getName().equals("ResultingResourceSettings")).findFirst()
                .orElseThrow().getValue();
    }

    private CIMObjectPath addDisk(String hostResource) throws CimException {
        CIMInstance disk = new InstanceBuilder(CimNames.NAMESPACE, CimNames.DISK_RASD).uint16("ResourceType", 17)
                .strings("HostResource", hostResource).build();
        CIMObjectPath vssd = InstanceBuilder.path(CimNames.NAMESPACE, CimNames.VSSD,
                InstanceBuilder.stringKey("InstanceID", "VEM:" + SPARE));
        MethodResult r = host.invoke(host.only(CimNames.VSMS), "AddResourceSettings",
                new CIMArgument<>("AffectedConfiguration", new CIMDataType(CimNames.VSSD), vssd),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {disk}));
        return ((CIMObjectPath[]) r.outParameters().stream().filter(a -> a.getName().equals("ResultingResourceSettings")).findFirst()
                .orElseThrow().getValue())[0];
    }

    private String domainXml() throws CimException {
        return host.hypervisor().onDomain(SPARE, "read XML", d -> d.getXMLDesc(0));
    }

    @Test
    void aQcow2VolumeNamedByPoolAndVolumeIsAttachedAsAVolumeDiskReadAsQcow2() throws CimException {
        createVolume("data.qcow2", "qcow2");
        CIMObjectPath added = addDisk("empty/data.qcow2");
        assertThat(host.get(added).getPropertyValue("HostResource")).isEqualTo(new String[] {"empty/data.qcow2"});
        String xml = domainXml();
        assertThat(xml).contains("<disk type='volume' device='disk'>").contains("<driver name='qemu' type='qcow2'/>")
                .contains("<source pool='empty' volume='data.qcow2'/>");
    }

    @Test
    void theFileUriCreateResourceInPoolReturnsKeepsTheVolumesFormat() throws CimException {
        CIMInstance made = createVolume("made.qcow2", "qcow2");
        String uri = ((String[]) made.getPropertyValue("HostResource"))[0];
        CIMObjectPath added = addDisk(uri);
        assertThat(host.get(added).getPropertyValue("HostResource")).isEqualTo(new String[] {uri});
        assertThat(domainXml()).contains("<driver name='qemu' type='qcow2'/>").contains("<source file='" + uri.substring(7) + "'/>");
    }

    @Test
    void aFileOutsideEveryPoolGetsNoDriverAsBefore() throws CimException {
        addDisk("/var/lib/vem/outside.img");
        assertThat(domainXml()).contains("<source file='/var/lib/vem/outside.img'/>").doesNotContain("<driver");
    }

    @Test
    void aVolumeInUseIsNotDeletedWhenNamedByPoolAndVolume() throws CimException {
        createVolume("used.img", "raw");
        addDisk("empty/used.img");
        CIMObjectPath pool = host.pools().stream().filter(p -> "VEM:pool/storage/empty".equals(p.getPropertyValue("InstanceID")))
                .findFirst().orElseThrow().getObjectPath();
        assertThatThrownBy(() -> host.invoke(host.only(ResourcePoolConfigurationServiceProvider.CLASS), "DeleteResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pool),
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, "used.img")))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.getMessage()).contains("In use").contains("spare"));
    }

    @Test
    void aVolumeAnotherSystemWritesIsRefusedAndNothingChanges() throws CimException {
        CIMInstance made = createVolume("shared.img", "raw");
        String path = ((String[]) made.getPropertyValue("HostResource"))[0].substring("file://".length());
        String web = "11111111-0000-4000-8000-000000000001";
        host.virtHost().editor().edit(web, "give web the volume", config -> {
            var disk = new org.vemanager.provider.libvirt.xml.domain.devices.Disk();
            disk.type = "file";
            disk.source = new org.vemanager.provider.libvirt.xml.domain.devices.DiskSource();
            disk.source.file = path;
            disk.target = new org.vemanager.provider.libvirt.xml.domain.devices.DiskTarget();
            disk.target.dev = "vdz";
            config.devices().disks.add(disk);
        });
        String before = domainXml();
        assertThatThrownBy(() -> addDisk("empty/shared.img")).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.status()).isEqualTo(CimStatus.FAILED);
            assertThat(e.getMessage()).contains("In use").contains("'web'");
        });
        assertThat(domainXml()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({
        "nopool/data.img,   no storage pool named 'nopool'",
        "empty/missing.img, storage pool 'empty' has no volume named 'missing.img'",
        "relative,          is not an absolute file path, file:// URI or pool/volume",
    })
    void unknownPoolsAndVolumesAreRefusedAndChangeNothing(String hostResource, String message) throws CimException {
        String before = domainXml();
        assertThatThrownBy(() -> addDisk(hostResource)).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER);
            assertThat(e.getMessage()).contains(message).contains("HostResource");
        });
        assertThat(domainXml()).isEqualTo(before);
    }
}

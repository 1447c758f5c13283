package org.vemanager.provider.profile.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.profile.resourcepool.CapabilityTemplates;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/**
 * Every setting-data instance that GetInstance answers is enumerated too (DSP0200: one set of instances
 * whatever the operation): snapshot VSSDs, the RASDs saved with each snapshot, and the capability
 * templates; and a snapshot's RASDs stay what was saved, read-only.
 */
class SnapshotEnumerationTest {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";
    private static final String SNAP = "VEM:" + WEB + "/snapshot/s1";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    private void snapshot(String uuid, String name) throws CimException {
        CIMObjectPath system = InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", uuid));
        CIMInstance requested = new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).key("InstanceID", "new").string("ElementName", name)
                .build();
        host.invoke(host.only(VirtualSystemSnapshotServiceProvider.CLASS), "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType(CimNames.COMPUTER_SYSTEM), system),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, requested),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        assertThat(host.jobs().finished()).allSatisfy(job -> assertThat(job.error()).isNull());
    }

    private static CIMObjectPath path(String className, String instanceId) {
        return InstanceBuilder.path(CimNames.NAMESPACE, className, InstanceBuilder.stringKey("InstanceID", instanceId));
    }

    private static List<String> ids(List<CIMInstance> instances) {
        return instances.stream().map(i -> (String) i.getPropertyValue("InstanceID")).toList();
    }

    private List<CIMInstance> allRasds() throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            out.addAll(host.enumerate(kind.className()));
        }
        return out;
    }

    /** Each instance is what GetInstance answers for its path. */
    private void assertEachIsItsGetInstance(List<CIMInstance> instances) throws CimException {
        for (CIMInstance i : instances) {
            assertThat(host.get(i.getObjectPath())).as("GetInstance of %s", i.getObjectPath()).isEqualTo(i);
        }
    }

    private int code(MethodResult r) {
        return ((Number) r.returnValue()).intValue();
    }

    @Test
    void withoutSnapshotsTheVssdEnumerationListsTheSystemsOnly() throws CimException {
        assertThat(ids(host.enumerate(CimNames.VSSD))).containsExactlyInAnyOrder("VEM:" + WEB, "VEM:" + SPARE);
        assertThat(ids(allRasds())).noneMatch(id -> id.contains("/snapshot/"));
    }

    @Test
    void snapshotVssdsAreEnumeratedAsGetInstanceAnswersThem() throws CimException {
        snapshot(WEB, "s1");
        snapshot(WEB, "s2");
        snapshot(SPARE, "s1");
        List<CIMInstance> vssds = host.enumerate(CimNames.VSSD);
        assertThat(ids(vssds)).containsExactlyInAnyOrder("VEM:" + WEB, "VEM:" + SPARE, SNAP, "VEM:" + WEB + "/snapshot/s2",
                "VEM:" + SPARE + "/snapshot/s1");
        assertEachIsItsGetInstance(vssds);
        assertThat(vssds).as("VirtualSystemType, which DSP1057 requires, is the saved definition's")
                .allSatisfy(v -> assertThat(v.getPropertyValue("VirtualSystemType")).isEqualTo("libvirt:test"));
    }

    @Test
    void aSnapshotHasTheRasdsOfItsSavedDefinitionUnderItsOwnInstanceIds() throws CimException {
        List<String> live = ids(allRasds()).stream().filter(id -> id.startsWith("VEM:" + WEB + "/")).toList();
        snapshot(WEB, "s1");
        List<CIMInstance> rasds = allRasds();
        List<String> saved = ids(rasds).stream().filter(id -> id.startsWith(SNAP + "/")).toList();
        assertThat(saved).as("one RASD per live RASD, renamed under the snapshot")
                .containsExactlyInAnyOrderElementsOf(live.stream().map(id -> id.replace("VEM:" + WEB, SNAP)).toList());
        assertThat(ids(rasds)).containsAll(live).doesNotHaveDuplicates();
        assertEachIsItsGetInstance(rasds);

        List<CIMInstance> components = host.references(CimNames.VSSD_COMPONENT, path(CimNames.VSSD, SNAP), "GroupComponent");
        assertThat(components).extracting(c -> (String) ((CIMObjectPath) c.getPropertyValue("PartComponent")).getKeyValue("InstanceID"))
                .containsExactlyInAnyOrderElementsOf(saved);
        CIMObjectPath savedMemory = path(CimNames.MEMORY_RASD, SNAP + "/mem");
        assertThat(host.references(CimNames.VSSD_COMPONENT, savedMemory, "PartComponent")).singleElement()
                .satisfies(c -> assertThat(((CIMObjectPath) c.getPropertyValue("GroupComponent")).getKeyValue("InstanceID"))
                        .isEqualTo(SNAP));
        assertThat(host.enumerate(CimNames.VSSD_COMPONENT)).extracting(c -> (String) ((CIMObjectPath) c.getPropertyValue(
                "PartComponent")).getKeyValue("InstanceID")).containsAll(saved).containsAll(live);
    }

    @Test
    void aSnapshotKeepsItsSavedValuesAndRefusesChanges() throws CimException {
        snapshot(WEB, "s1");
        CIMObjectPath savedMemory = path(CimNames.MEMORY_RASD, SNAP + "/mem");
        CIMObjectPath liveMemory = path(CimNames.MEMORY_RASD, "VEM:" + WEB + "/mem");
        Object savedQuantity = host.get(savedMemory).getPropertyValue("VirtualQuantity");
        assertThat(host.get(liveMemory).getPropertyValue("VirtualQuantity")).isEqualTo(savedQuantity);
        CIMObjectPath vsms = host.only(CimNames.VSMS);

        CIMInstance change = new InstanceBuilder(CimNames.NAMESPACE, CimNames.MEMORY_RASD).string("InstanceID", SNAP + "/mem")
                .uint16("ResourceType", 4).uint64("VirtualQuantity", 64L).build();
        assertThatThrownBy(() -> host.invoke(vsms, "ModifyResourceSettings",
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {change})))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("snapshot 's1'", "read-only");
                });
        CIMObjectPath[] savedDisk = {path(CimNames.DISK_RASD, SNAP + "/disk/vda")};
        assertThatThrownBy(() -> host.invoke(vsms, "RemoveResourceSettings", new CIMArgument<>("ResourceSettings",
                new CIMDataType("CIM_ResourceAllocationSettingData", 0), savedDisk)))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.getMessage()).contains("read-only"));
        CIMInstance settings = new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).string("InstanceID", SNAP).strings("Notes", "x")
                .build();
        assertThatThrownBy(() -> host.invoke(vsms, "ModifySystemSettings", new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T,
                settings))).isInstanceOfSatisfying(CimException.class, e -> assertThat(e.getMessage()).contains("read-only"));
        assertThat(host.get(savedMemory).getPropertyValue("VirtualQuantity")).isEqualTo(savedQuantity);
        assertThat(host.get(path(CimNames.DISK_RASD, SNAP + "/disk/vda"))).isNotNull();
        assertThat(host.get(liveMemory).getPropertyValue("VirtualQuantity")).isEqualTo(savedQuantity);

        // the system changes; what the snapshot saved does not
        CIMInstance live = new InstanceBuilder(CimNames.NAMESPACE, CimNames.MEMORY_RASD).string("InstanceID", "VEM:" + WEB + "/mem")
                .uint16("ResourceType", 4).uint64("VirtualQuantity", 64L).build();
        assertThat(code(host.invoke(vsms, "ModifyResourceSettings",
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {live})))).isZero();
        assertThat(host.get(liveMemory).getPropertyValue("VirtualQuantity")).isEqualTo(new UnsignedInteger64("64"));
        assertThat(host.get(savedMemory).getPropertyValue("VirtualQuantity")).isEqualTo(savedQuantity);
    }

    @Test
    void aSnapshotNamedWithASlashOutsideVeManagerIsStillOneInstanceIdSegment() throws CimException {
        // virsh and other libvirt clients may name a snapshot anything; our service allows no '/' or '%'
        host.hypervisor().onDomain(WEB, "snapshot", d -> {
            d.snapshotCreateXML("<domainsnapshot><name>nightly/50%/disk</name></domainsnapshot>", 0).free();
            return null;
        });
        String id = "VEM:" + WEB + "/snapshot/nightly%2F50%25%2Fdisk";
        List<CIMInstance> vssds = host.enumerate(CimNames.VSSD);
        assertThat(ids(vssds)).contains(id);
        assertEachIsItsGetInstance(vssds);
        assertThat(host.get(path(CimNames.VSSD, id)).getPropertyValue("ElementName")).isEqualTo("nightly/50%/disk");
        List<CIMInstance> rasds = allRasds();
        assertThat(ids(rasds)).contains(id + "/mem", id + "/disk/vda");
        assertEachIsItsGetInstance(rasds);
    }

    @Test
    void aDestroyedSnapshotLeavesEveryEnumeration() throws CimException {
        snapshot(WEB, "s1");
        snapshot(WEB, "s2");
        host.invoke(host.only(VirtualSystemSnapshotServiceProvider.CLASS), "DestroySnapshot",
                new CIMArgument<>("AffectedSnapshot", new CIMDataType(CimNames.VSSD), path(CimNames.VSSD, SNAP)));
        assertThat(ids(host.enumerate(CimNames.VSSD))).doesNotContain(SNAP).contains("VEM:" + WEB + "/snapshot/s2");
        assertThat(ids(allRasds())).noneMatch(id -> id.startsWith(SNAP + "/"))
                .anyMatch(id -> id.startsWith("VEM:" + WEB + "/snapshot/s2/"));
        assertThat(host.enumerate(CimNames.VSSD_COMPONENT)).extracting(c -> (String) ((CIMObjectPath) c.getPropertyValue(
                "GroupComponent")).getKeyValue("InstanceID")).doesNotContain(SNAP);
        assertThatThrownBy(() -> host.get(path(CimNames.VSSD, SNAP))).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
        assertThatThrownBy(() -> host.get(path(CimNames.MEMORY_RASD, SNAP + "/mem"))).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
        assertThat(host.references(CimNames.VSSD_COMPONENT, path(CimNames.VSSD, SNAP), "GroupComponent")).isEmpty();
    }

    @Test
    void capabilityTemplatesAreEnumeratedByTheirRasdClasses() throws CimException {
        for (PoolKind kind : PoolKind.values()) {
            List<CIMInstance> all = host.enumerate(CapabilityTemplates.templateClass(kind));
            List<CIMInstance> templates = all.stream().filter(i -> ((String) i.getPropertyValue("InstanceID")).contains("/template/"))
                    .toList();
            assertThat(templates).as("templates of %s", kind).isNotEmpty().hasSizeGreaterThanOrEqualTo(4);
            assertEachIsItsGetInstance(templates);
        }
        assertThat(ids(host.enumerate(CimNames.GRAPHICS_RASD))).noneMatch(id -> id.contains("/template/"));
    }
}

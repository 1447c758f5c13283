package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.agent.node.RunningAgent;

/**
 * Snapshots and managed save on real QEMU (software emulation) under libvirtd, through a running
 * node-agent and the SBLIM client, on a tiny VM whose only disk is a qcow2 image made with qemu-img:
 * a Full snapshot (disks and memory) taken while it runs, a child of it, applying the first and
 * destroying the second, a Disk-only snapshot, and managed save (RequestStateChange 6) and restore —
 * checking after each step what CIM says and what libvirt says. Runs only in the {@code qemu} Maven
 * profile ({@code -Dvem.qemu=true}).
 */
@Timeout(240)
class SnapshotsQemuIT {

    private final String name = "vem-snap-" + UUID.randomUUID().toString().substring(0, 8);
    private final String uuid = UUID.randomUUID().toString();
    private RunningAgent agent;
    private Cim cim;
    private Connect libvirt;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        RunningAgent.assumeQemu();
        // QEMU runs as its own user: it must reach the image (libvirt gives it the file itself)
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path disk = dir.resolve(name + ".qcow2");
        Process img = new ProcessBuilder("qemu-img", "create", "-q", "-f", "qcow2", disk.toString(), "32M").inheritIO().start();
        assertThat(img.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(img.exitValue()).as("qemu-img create").isZero();
        libvirt = new Connect(RunningAgent.QEMU_URI);
        Domain d = libvirt.domainDefineXML(domainXml(disk));
        d.create();
        d.free();
        agent = RunningAgent.on(RunningAgent.QEMU_URI, dir.resolve("agent"));
        cim = new Cim(agent::client);
    }

    private String domainXml(Path disk) {
        return """
                <domain type='qemu'>
                  <name>%s</name><uuid>%s</uuid>
                  <memory unit='MiB'>64</memory><vcpu>1</vcpu>
                  <os><type arch='x86_64'>hvm</type></os>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='qcow2'/>
                      <source file='%s'/>
                      <target dev='vda' bus='virtio'/>
                    </disk>
                    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'/>
                  </devices>
                </domain>
                """.formatted(name, uuid, disk);
    }

    @AfterEach
    void cleanUp() throws LibvirtException {
        if (agent != null) {
            agent.close();
        }
        if (libvirt != null) {
            // 2 managed save, 1 snapshot metadata: the images go with the temporary directory
            RunningAgent.removeDomain(libvirt, name, 2 | 1);
            libvirt.close();
        }
    }

    @Test
    void fullSnapshotsOfARunningVmAreTakenAppliedAndDestroyed() throws Exception {
        CIMObjectPath vm = system();
        CIMObjectPath service = cim.only("VEM_VirtualSystemSnapshotService");
        assertThat(supportedTypes()).as("QEMU takes Full and Disk snapshots").contains(2, 3);

        CIMObjectPath first = snapshot(service, vm, "first", 2);
        assertThat(libvirtState()).as("the VM keeps running").isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
        CIMObjectPath second = snapshot(service, vm, "second", 2);
        assertThat(snapshotNames()).containsExactlyInAnyOrder("first", "second");
        assertThat((String[]) cim.get(second).getPropertyValue("Notes")).contains("Parent=" + first.getKeyValue("InstanceID"),
                "State=running");
        assertThat(cim.associatorNames(vm, "VEM_MostCurrentSnapshotInBranch", null)).containsExactly(second);

        cim.invokeAndWait(service, "ApplySnapshot", new CIMArgument<>("Snapshot", new CIMDataType("VEM_VirtualSystemSettingData"), first));
        assertThat(cim.associatorNames(vm, "VEM_LastAppliedSnapshot", null)).containsExactly(first);
        assertThat(libvirtCurrentSnapshot()).isEqualTo("first");
        assertThat(libvirtState()).as("a snapshot with memory comes back running").isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
        assertThat(((Number) cim.get(vm).getPropertyValue("EnabledState")).intValue()).isEqualTo(2);

        Map<String, Object> out = cim.invoke(service, "DestroySnapshot",
                new CIMArgument<>("AffectedSnapshot", new CIMDataType("VEM_VirtualSystemSettingData"), second));
        assertThat(out.get("return")).isEqualTo(0L);
        assertThat(snapshotNames()).containsExactly("first");
        assertThat(List.of(domain().snapshotListNames())).containsExactly("first");
    }

    @Test
    void aDiskOnlySnapshotIsTaken() throws Exception {
        CIMObjectPath vm = system();
        CIMObjectPath service = cim.only("VEM_VirtualSystemSnapshotService");
        CIMObjectPath disk = snapshot(service, vm, "disks", 3);
        assertThat(cim.get(disk).getPropertyValue("ElementName")).isEqualTo("disks");
        assertThat(List.of(domain().snapshotListNames())).containsExactly("disks");
        assertThat(domain().snapshotLookupByName("disks").getXMLDesc()).contains("<state>disk-snapshot</state>");
        assertThat(libvirtState()).isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
    }

    @Test
    void managedSaveTakesTheVmOfflineAndStartRestoresIt() throws Exception {
        CIMObjectPath vm = system();
        Map<String, Object> out = cim.invoke(vm, "RequestStateChange",
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(6)));
        assertThat(out.get("return")).as("managed save runs as a job").isEqualTo(4096L);
        CIMInstance job = cim.awaitJob((CIMObjectPath) out.get("job"));
        assertThat(((Number) job.getPropertyValue("JobState")).intValue()).as("%s", job.getPropertyValue("ErrorDescription"))
                .isEqualTo(7);
        assertThat(((Number) job.getPropertyValue("PercentComplete")).intValue()).isEqualTo(100);
        assertThat(((Number) cim.get(vm).getPropertyValue("EnabledState")).intValue()).as("Enabled but Offline").isEqualTo(6);
        assertThat(libvirtState()).isEqualTo(DomainState.VIR_DOMAIN_SHUTOFF);
        assertThat(domain().hasManagedSaveImage()).isEqualTo(1);

        out = cim.invoke(vm, "RequestStateChange", new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        long rc = (Long) out.get("return");
        if (rc == 4096) {
            cim.awaitJob((CIMObjectPath) out.get("job"));
        } else {
            assertThat(rc).isZero();
        }
        assertThat(((Number) cim.get(vm).getPropertyValue("EnabledState")).intValue()).isEqualTo(2);
        assertThat(libvirtState()).isEqualTo(DomainState.VIR_DOMAIN_RUNNING);
        assertThat(domain().hasManagedSaveImage()).as("the saved image is consumed").isZero();
    }

    private CIMObjectPath snapshot(CIMObjectPath service, CIMObjectPath vm, String snapshotName, int type) throws Exception {
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_VirtualSystemSettingData"),
                new CIMProperty<?>[] {new CIMProperty<>("ElementName", CIMDataType.STRING_T, snapshotName)});
        Map<String, Object> out = cim.invokeAndWait(service, "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType("VEM_ComputerSystem"), vm),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(type)));
        return (CIMObjectPath) out.get("resultingsnapshot");
    }

    private List<Integer> supportedTypes() throws Exception {
        CIMInstance caps = cim.instances("VEM_VirtualSystemSnapshotServiceCapabilities").get(0);
        return java.util.Arrays.stream((UnsignedInteger16[]) caps.getPropertyValue("SnapshotTypesSupported"))
                .map(UnsignedInteger16::intValue).toList();
    }

    private List<Object> snapshotNames() throws Exception {
        return cim.associators(system(), "VEM_SnapshotOfVirtualSystem", null).stream().map(s -> s.getPropertyValue("ElementName"))
                .toList();
    }

    private CIMObjectPath system() throws Exception {
        return cim.names("VEM_ComputerSystem").stream().filter(p -> uuid.equals(p.getKeyValue("Name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the agent does not serve " + name));
    }

    private Domain domain() throws LibvirtException {
        return libvirt.domainLookupByName(name);
    }

    private DomainState libvirtState() throws LibvirtException {
        return domain().getInfo().state;
    }

    private String libvirtCurrentSnapshot() throws LibvirtException {
        String xml = domain().snapshotCurrent().getXMLDesc();
        return xml.substring(xml.indexOf("<name>") + 6, xml.indexOf("</name>"));
    }
}

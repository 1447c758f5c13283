package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.agent.node.RunningAgent;

/**
 * Storage pools and volumes on the real libvirtd (qemu:///system), through a running node-agent and the
 * SBLIM client: a directory pool created with CreateChildResourcePool, a qcow2 and a raw volume created
 * with CreateResourceInPool — checked with qemu-img, which reads the files libvirt wrote — and both
 * deleted again, then the pool. Runs only in the {@code qemu} Maven profile ({@code -Dvem.qemu=true}).
 */
@Timeout(180)
class StorageVolumesQemuIT {

    private final String poolName = "vem-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String systemName = poolName + "-vm";
    private Path poolDir;
    private RunningAgent agent;
    private Cim cim;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        RunningAgent.assumeQemu();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        poolDir = dir.resolve("pool");
        agent = RunningAgent.on(RunningAgent.QEMU_URI, dir.resolve("agent"));
        cim = new Cim(agent::client);
    }

    @AfterEach
    void cleanUp() throws LibvirtException {
        if (agent != null) {
            agent.close();
        }
        if (poolDir != null && Boolean.getBoolean("vem.qemu")) {
            Connect libvirt = new Connect(RunningAgent.QEMU_URI);
            RunningAgent.removeDomain(libvirt, systemName, 0);
            try {
                StoragePool pool = libvirt.storagePoolLookupByName(poolName);
                for (String volume : pool.listVolumes()) {
                    pool.storageVolLookupByName(volume).delete(0);
                }
                pool.destroy();
                pool.undefine();
            } catch (LibvirtException e) {
                // not there (any more): the test removed it
            } finally {
                libvirt.close();
            }
        }
    }

    /** CreateChildResourcePool of a dir pool at poolDir; returns the VEM_DiskPool. */
    private CIMObjectPath createPool(CIMObjectPath service) throws Exception {
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_DiskRASD"), new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(17)),
            new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, "dir"),
            new CIMProperty<>("HostResource", CIMDataType.STRING_ARRAY_T, new String[] {poolDir.toString()})});
        Map<String, Object> created = cim.invoke(service, "CreateChildResourcePool",
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, poolName),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {settings}));
        assertThat(created.get("return")).isEqualTo(0L);
        CIMObjectPath pool = (CIMObjectPath) created.get("pool");
        assertThat(pool.getObjectName()).isEqualTo("VEM_DiskPool");
        return pool;
    }

    @Test
    void volumesOfEachFormatAreCreatedInADirectoryPoolAndDeleted() throws Exception {
        CIMObjectPath service = cim.only("VEM_ResourcePoolConfigurationService");
        CIMObjectPath pool = createPool(service);
        for (String format : new String[] {"qcow2", "raw"}) {
            String name = "disk." + format;
            Map<String, Object> out = StorageVolumesIT.create(cim, service, pool, StorageVolumesIT.volume(name, 64, format));
            assertThat(out.get("return")).isEqualTo(0L);
            String uri = ((String[]) ((CIMInstance) out.get("resultingresourcesettings")).getPropertyValue("HostResource"))[0];
            Path file = Path.of(uri.substring("file://".length()));
            assertThat(file).isEqualTo(poolDir.resolve(name));
            String info = qemuImgInfo(file);
            assertThat(info).as("qemu-img info %s", file).contains("file format: " + format, "virtual size: 64 MiB");
        }
        assertThat(StorageVolumesIT.delete(cim, service, pool, "disk.qcow2").get("return")).isEqualTo(0L);
        assertThat(StorageVolumesIT.delete(cim, service, pool, "disk.raw").get("return")).isEqualTo(0L);
        assertThat(poolDir.resolve("disk.qcow2")).doesNotExist();
        assertThat(poolDir.resolve("disk.raw")).doesNotExist();
        assertThat(cim.invoke(service, "DeleteResourcePool", new CIMArgument<>("Pool", new CIMDataType("VEM_ResourcePool"), pool))
                .get("return")).isEqualTo(0L);
        assertThat(cim.names("VEM_DiskPool")).noneMatch(p -> p.getKeyValue("InstanceID").toString().endsWith("/" + poolName));
    }

    @Test
    void aQcow2VolumeNamedByPoolAndVolumeIsDefinedAsAQcow2VolumeDisk() throws Exception {
        CIMObjectPath service = cim.only("VEM_ResourcePoolConfigurationService");
        CIMObjectPath pool = createPool(service);
        assertThat(StorageVolumesIT.create(cim, service, pool, StorageVolumesIT.volume("data.qcow2", 64, "qcow2")).get("return"))
                .isEqualTo(0L);
        CIMInstance vssd = new CIMInstance(Cim.classPath("VEM_VirtualSystemSettingData"), new CIMProperty<?>[] {
            new CIMProperty<>("VirtualSystemIdentifier", CIMDataType.STRING_T, systemName),
            new CIMProperty<>("VirtualSystemType", CIMDataType.STRING_T, "libvirt:qemu")});
        CIMInstance disk = new CIMInstance(Cim.classPath("VEM_DiskRASD"), new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(17)),
            new CIMProperty<>("HostResource", CIMDataType.STRING_ARRAY_T, new String[] {poolName + "/data.qcow2"})});
        Map<String, Object> defined = cim.invoke(cim.only("VEM_VirtualSystemManagementService"), "DefineSystem",
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, vssd),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {disk}));
        assertThat(defined.get("return")).isEqualTo(0L);
        Connect libvirt = new Connect(RunningAgent.QEMU_URI);
        try {
            String xml = libvirt.domainLookupByName(systemName).getXMLDesc(0);
            assertThat(xml).as("the disk libvirtd keeps").contains("<disk type='volume' device='disk'>",
                    "<driver name='qemu' type='qcow2'/>", "<source pool='" + poolName + "' volume='data.qcow2'/>");
        } finally {
            libvirt.close();
        }
    }

    private static String qemuImgInfo(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("qemu-img", "info", "-U", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}

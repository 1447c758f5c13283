package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.agent.node.RunningAgent;

/**
 * Storage volumes over CIM, through a running node-agent and the SBLIM client: our
 * CreateResourceInPool / DeleteResourceInPool on VEM_ResourcePoolConfigurationService create a volume
 * from a disk RASD, hand back a disk RASD that a virtual system takes with AddResourceSettings, refuse
 * to delete the volume while the system uses it, and delete it once it does not.
 */
@Timeout(120)
class StorageVolumesIT {

    static final String SPARE_VSSD = "VEM:11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final RunningAgent agent = RunningAgent.perTest("pool-host.xml");
    private final Cim cim = new Cim(agent::client);
    private CIMObjectPath service;

    @BeforeEach
    void start() throws Exception {
        service = cim.only("VEM_ResourcePoolConfigurationService");
    }

    static CIMObjectPath pool(Cim cim, String instanceId) throws WBEMException {
        return cim.names("VEM_ResourcePool").stream().filter(p -> instanceId.equals(p.getKeyValue("InstanceID"))).findFirst()
                .orElseThrow(() -> new AssertionError("no pool " + instanceId));
    }

    static CIMInstance volume(String name, long mib, String format) {
        return new CIMInstance(Cim.classPath("VEM_DiskRASD"), new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(31)),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, name),
            new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, format),
            new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(mib))),
            new CIMProperty<>("VirtualQuantityUnits", CIMDataType.STRING_T, "byte*2^20")});
    }

    static Map<String, Object> create(Cim cim, CIMObjectPath service, CIMObjectPath pool, CIMInstance settings) throws WBEMException {
        return cim.invoke(service, "CreateResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType("VEM_ResourcePool"), pool),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_T, settings));
    }

    static Map<String, Object> delete(Cim cim, CIMObjectPath service, CIMObjectPath pool, String name) throws WBEMException {
        return cim.invoke(service, "DeleteResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType("VEM_ResourcePool"), pool),
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, name));
    }

    @Test
    void aVolumeIsCreatedAttachedRefusedWhileInUseAndDeleted() throws Exception {
        CIMObjectPath empty = pool(cim, "VEM:pool/storage/empty");
        long freeBefore = ((Number) cim.get(empty).getPropertyValue("Capacity")).longValue();
        Map<String, Object> out = create(cim, service, empty, volume("data.qcow2", 512, "qcow2"));
        assertThat(out.get("return")).isEqualTo(0L);
        assertThat(out.get("job")).as("no job: the volume exists when the method returns").isNull();
        CIMInstance disk = (CIMInstance) out.get("resultingresourcesettings");
        assertThat(disk.getClassName()).isEqualTo("VEM_DiskRASD");
        assertThat(((Number) disk.getPropertyValue("VirtualQuantity")).longValue()).isEqualTo(512);
        String uri = ((String[]) disk.getPropertyValue("HostResource"))[0];
        assertThat(uri).startsWith("file://").endsWith("/data.qcow2");
        assertThat(freeBefore).isPositive();
        assertThat(exists(cim, empty, "data.qcow2")).as("the volume exists").isTrue();

        CIMObjectPath spareSettings = new CIMObjectPath(null, null, null, Cim.VIRT, "VEM_VirtualSystemSettingData",
                new CIMProperty<?>[] {new CIMProperty<>("InstanceID", CIMDataType.STRING_T, SPARE_VSSD, true, false, null)});
        Map<String, Object> added = cim.invoke(cim.only("VEM_VirtualSystemManagementService"), "AddResourceSettings",
                new CIMArgument<>("AffectedConfiguration", new CIMDataType("VEM_VirtualSystemSettingData"), spareSettings),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {disk}));
        assertThat(added.get("return")).isEqualTo(0L);
        List<CIMInstance> disks = cim.associators(spareSettings, "VEM_VirtualSystemSettingDataComponent", "VEM_DiskRASD");
        assertThat(disks).as("spare's disks").anyMatch(d -> List.of((String[]) d.getPropertyValue("HostResource")).contains(uri));

        assertThatThrownBy(() -> delete(cim, service, empty, "data.qcow2")).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_FAILED);
            assertThat(e.getMessage()).contains("In use", "data.qcow2", "spare");
        });
        assertThat(exists(cim, empty, "data.qcow2")).as("nothing deleted").isTrue();

        CIMInstance attached = disks.stream().filter(d -> List.of((String[]) d.getPropertyValue("HostResource")).contains(uri))
                .findFirst().orElseThrow();
        Map<String, Object> removed = cim.invoke(cim.only("VEM_VirtualSystemManagementService"), "RemoveResourceSettings",
                new CIMArgument<>("ResourceSettings", new CIMDataType("VEM_DiskRASD", 0), new CIMObjectPath[] {attached.getObjectPath()}));
        assertThat(removed.get("return")).isEqualTo(0L);
        assertThat(delete(cim, service, empty, "data.qcow2").get("return")).isEqualTo(0L);
        assertThat(exists(cim, empty, "data.qcow2")).as("deleted").isFalse();
    }

    @Test
    void theServiceSaysItsVolumeMethodsBlock() throws Exception {
        CIMInstance caps = cim.associators(service, "VEM_ElementCapabilities", null).get(0);
        assertThat((UnsignedInteger32[]) caps.getPropertyValue("SynchronousMethodsSupported")).containsExactly(
                new UnsignedInteger32(3), new UnsignedInteger32(4), new UnsignedInteger32(32768), new UnsignedInteger32(32769));
    }

    /** Whether the pool has a volume of that name: the host serves it as VEM_HostStorageExtent {@code pool/volume}. */
    static boolean exists(Cim cim, CIMObjectPath pool, String name) throws WBEMException {
        String deviceId = pool.getKeyValue("InstanceID").toString().substring("VEM:pool/storage/".length()) + "/" + name;
        return cim.names("VEM_HostStorageExtent").stream().anyMatch(v -> deviceId.equals(v.getKeyValue("DeviceID")));
    }
}

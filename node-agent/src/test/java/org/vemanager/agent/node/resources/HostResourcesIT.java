package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.agent.node.RunningAgent;

/**
 * The host's own processors, memory and volumes through a running node-agent and the SBLIM client, on
 * the test-driver host of pool-host.xml (8 CPUs, 8 GiB, storage pools images and empty): from the
 * host by VEM_SystemDevice, from each pool by VEM_ConcreteComponent and back, through the DMTF parent
 * classes, and a volume that appears with CreateResourceInPool and goes with DeleteResourceInPool.
 */
@Timeout(120)
class HostResourcesIT {

    @RegisterExtension
    final RunningAgent agent = RunningAgent.perTest("pool-host.xml");
    private final Cim cim = new Cim(agent::client);

    private static List<String> deviceIds(List<CIMObjectPath> paths) {
        return paths.stream().map(p -> (String) p.getKeyValue("DeviceID")).toList();
    }

    @Test
    void theHostsDevicesAreReachedFromTheHostAndFromThePrimordialPools() throws Exception {
        CIMObjectPath host = cim.only("VEM_HostSystem");
        List<CIMObjectPath> own = cim.associatorNames(host, "VEM_SystemDevice", null);
        assertThat(own).extracting(CIMObjectPath::getObjectName).containsOnly("VEM_HostProcessor", "VEM_HostMemory").hasSize(9);
        for (CIMObjectPath device : own) {
            CIMInstance read = cim.get(device);
            assertThat(read.getPropertyValue("SystemName")).isEqualTo(host.getKeyValue("Name"));
            assertThat(cim.associatorNames(device, "VEM_SystemDevice", null)).as("%s leads back to the host", device)
                    .singleElement().satisfies(h -> assertThat(h.getKeyValue("Name")).isEqualTo(host.getKeyValue("Name")));
        }

        CIMObjectPath processors = StorageVolumesIT.pool(cim, "VEM:pool/processor/host");
        List<CIMObjectPath> cpus = cim.associatorNames(processors, "VEM_ConcreteComponent", "CIM_Processor");
        assertThat(deviceIds(cpus)).containsExactlyInAnyOrder("cpu0", "cpu1", "cpu2", "cpu3", "cpu4", "cpu5", "cpu6", "cpu7");
        assertThat(cpus).hasSize(((Number) cim.get(processors).getPropertyValue("Capacity")).intValue());
        assertThat(cim.associatorNames(cpus.get(0), "VEM_ConcreteComponent", null)).singleElement()
                .satisfies(p -> assertThat(p.getKeyValue("InstanceID")).isEqualTo("VEM:pool/processor/host"));

        CIMObjectPath memoryPool = StorageVolumesIT.pool(cim, "VEM:pool/memory/host");
        CIMInstance memory = cim.associators(memoryPool, "VEM_ConcreteComponent", "CIM_Memory").get(0);
        long bytes = ((Number) memory.getPropertyValue("BlockSize")).longValue()
                * ((Number) memory.getPropertyValue("NumberOfBlocks")).longValue();
        long capacityMib = ((Number) cim.get(memoryPool).getPropertyValue("Capacity")).longValue();
        assertThat(bytes >> 20).as("the pool's Capacity in MiB").isEqualTo(capacityMib);

        assertThat(cim.names("CIM_Processor")).extracting(CIMObjectPath::getObjectName).contains("VEM_HostProcessor", "VEM_Processor");
    }

    @Test
    void aVolumeIsAStorageExtentOfItsPoolFromCreationToDeletion() throws Exception {
        CIMObjectPath service = cim.only("VEM_ResourcePoolConfigurationService");
        CIMObjectPath empty = StorageVolumesIT.pool(cim, "VEM:pool/storage/empty");
        assertThat(cim.names("VEM_HostStorageExtent")).isEmpty();

        StorageVolumesIT.create(cim, service, empty, StorageVolumesIT.volume("data.img", 32, "raw"));
        List<CIMInstance> extents = cim.associators(empty, "VEM_ConcreteComponent", "CIM_StorageExtent");
        assertThat(extents).singleElement().satisfies(e -> {
            assertThat(e.getPropertyValue("DeviceID")).isEqualTo("empty/data.img");
            assertThat((String) e.getPropertyValue("Name")).endsWith("/data.img");
            assertThat(((Number) e.getPropertyValue("NumberOfBlocks")).longValue()).isEqualTo(32L << 20);
        });
        CIMObjectPath volume = extents.get(0).getObjectPath();
        assertThat(cim.get(volume).getPropertyValue("ElementName")).isEqualTo("data.img");
        assertThat(cim.associatorNames(volume, "VEM_SystemDevice", "VEM_HostSystem")).hasSize(1);
        assertThat(cim.names("CIM_StorageExtent")).extracting(CIMObjectPath::getObjectName).contains("VEM_HostStorageExtent");

        StorageVolumesIT.delete(cim, service, empty, "data.img");
        assertThat(cim.names("VEM_HostStorageExtent")).isEmpty();
        assertThat(cim.associatorNames(empty, "VEM_ConcreteComponent", null)).isEmpty();
        assertThatThrownBy(() -> cim.get(volume)).isInstanceOfSatisfying(WBEMException.class,
                e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
    }

    @Test
    void aVolumeLeadsToTheVirtualDiskBasedOnItAndBack() throws Exception {
        CIMObjectPath service = cim.only("VEM_ResourcePoolConfigurationService");
        CIMObjectPath empty = StorageVolumesIT.pool(cim, "VEM:pool/storage/empty");
        CIMInstance disk = (CIMInstance) StorageVolumesIT.create(cim, service, empty, StorageVolumesIT.volume("used.img", 16, "raw"))
                .get("resultingresourcesettings");
        CIMObjectPath spareSettings = new CIMObjectPath(null, null, null, Cim.VIRT, "VEM_VirtualSystemSettingData",
                new CIMProperty<?>[] {
                    new CIMProperty<>("InstanceID", CIMDataType.STRING_T, StorageVolumesIT.SPARE_VSSD, true, false, null)});
        cim.invoke(cim.only("VEM_VirtualSystemManagementService"), "AddResourceSettings",
                new CIMArgument<>("AffectedConfiguration", new CIMDataType("VEM_VirtualSystemSettingData"), spareSettings),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {disk}));

        CIMObjectPath volume = cim.associatorNames(empty, "VEM_ConcreteComponent", "VEM_HostStorageExtent").get(0);
        List<CIMInstance> virtualDisks = cim.associators(volume, "VEM_BasedOn", "CIM_LogicalDisk");
        assertThat(virtualDisks).singleElement().satisfies(d -> {
            assertThat(d.getPropertyValue("SystemName")).isEqualTo(StorageVolumesIT.SPARE_VSSD.substring("VEM:".length()));
            assertThat(d.getPropertyValue("Name")).isEqualTo(cim.get(volume).getPropertyValue("Name"));
        });
        assertThat(cim.associatorNames(virtualDisks.get(0).getObjectPath(), "VEM_BasedOn", null)).singleElement()
                .satisfies(v -> assertThat(v.getKeyValue("DeviceID")).isEqualTo("empty/used.img"));
    }

    @Test
    void aDeviceIdTheHostDoesNotHaveIsNotFound() throws Exception {
        CIMObjectPath host = cim.only("VEM_HostSystem");
        CIMObjectPath missing = new CIMObjectPath(null, null, null, Cim.VIRT, "VEM_HostStorageExtent", new CIMProperty<?>[] {
            new CIMProperty<>("SystemCreationClassName", CIMDataType.STRING_T, "VEM_HostSystem", true, false, null),
            new CIMProperty<>("SystemName", CIMDataType.STRING_T, host.getKeyValue("Name"), true, false, null),
            new CIMProperty<>("CreationClassName", CIMDataType.STRING_T, "VEM_HostStorageExtent", true, false, null),
            new CIMProperty<>("DeviceID", CIMDataType.STRING_T, "images/nothing.img", true, false, null)});
        assertThatThrownBy(() -> cim.get(missing)).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND);
            assertThat(e.getMessage()).contains("images/nothing.img");
        });
    }
}

package org.vemanager.provider.profile.hostresource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.profile.resourcepool.ResourcePoolConfigurationServiceProvider;
import org.vemanager.provider.profile.resourcepool.ResourcePoolProvider;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The host's own processors, memory and volumes on a test-driver host of 8 CPUs at 2400 MHz and 8 GiB
 * (pool-host.xml): instances, GetInstance, VEM_ConcreteComponent from their pools and VEM_SystemDevice
 * from the host, both ways; volumes follow CreateResourceInPool and DeleteResourceInPool.
 */
class HostResourcesTest {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    private static CIMObjectPath pool(PoolKind kind, String name) {
        return InstanceBuilder.path(CimNames.NAMESPACE, kind.className(),
                InstanceBuilder.stringKey("InstanceID", "VEM:pool/" + kind.segment() + "/" + name));
    }

    private CIMObjectPath device(String className, String deviceId) throws CimException {
        return InstanceBuilder.path(CimNames.NAMESPACE, className,
                InstanceBuilder.stringKey("SystemCreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("SystemName", hostName()),
                InstanceBuilder.stringKey("CreationClassName", className),
                InstanceBuilder.stringKey("DeviceID", deviceId));
    }

    private String hostName() throws CimException {
        return (String) Paths.keyValue(host.only(CimNames.HOST_SYSTEM), "Name");
    }

    private static long number(CIMInstance i, String property) {
        return ((UnsignedInteger64) i.getPropertyValue(property)).longValue();
    }

    private static List<String> deviceIds(List<CIMInstance> instances) {
        return instances.stream().map(i -> (String) i.getPropertyValue("DeviceID")).toList();
    }

    /** The PartComponents of VEM_ConcreteComponent from {@code pool}. */
    private List<CIMObjectPath> partsOf(CIMObjectPath pool) throws CimException {
        return host.references(ConcreteComponentProvider.CLASS, pool, "GroupComponent").stream()
                .map(i -> (CIMObjectPath) i.getPropertyValue("PartComponent")).toList();
    }

    private void createVolume(String name, long mib) throws CimException {
        CIMInstance settings = new InstanceBuilder(CimNames.NAMESPACE, CimNames.DISK_RASD).uint16("ResourceType", 17)
                .string("ElementName", name).uint64("VirtualQuantity", mib).string("VirtualQuantityUnits", "byte*2^20").build();
        host.invoke(host.only(ResourcePoolConfigurationServiceProvider.CLASS), "CreateResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pool(PoolKind.STORAGE, "empty")),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_T, settings));
    }

    private void deleteVolume(String name) throws CimException {
        host.invoke(host.only(ResourcePoolConfigurationServiceProvider.CLASS), "DeleteResourceInPool",
                new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pool(PoolKind.STORAGE, "empty")),
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, name));
    }

    /** Gives the off system "spare" a disk whose image is {@code hostResource} (pool/volume or a path). */
    private void addDiskToSpare(String hostResource) throws CimException {
        CIMInstance disk = new InstanceBuilder(CimNames.NAMESPACE, CimNames.DISK_RASD).uint16("ResourceType", 17)
                .strings("HostResource", hostResource).build();
        host.invoke(host.only(CimNames.VSMS), "AddResourceSettings",
                new CIMArgument<>("AffectedConfiguration", new CIMDataType(CimNames.VSSD), InstanceBuilder.path(CimNames.NAMESPACE,
                        CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", "VEM:" + SPARE))),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {disk}));
    }

    private CIMObjectPath spareDiskNamed(String name) throws CimException {
        return host.enumerate(CimNames.LOGICAL_DISK).stream().filter(d -> SPARE.equals(d.getPropertyValue("SystemName"))
                && name.equals(d.getPropertyValue("Name"))).findFirst().orElseThrow().getObjectPath();
    }

    @Test
    void aVolumeIsTheBaseOfEachVirtualDiskWhoseImageItIsNamedEitherWay() throws CimException {
        createVolume("byname.img", 16);
        createVolume("bypath.img", 16);
        CIMObjectPath byName = device(HostStorageExtentProvider.CLASS, "empty/byname.img");
        CIMObjectPath byPath = device(HostStorageExtentProvider.CLASS, "empty/bypath.img");
        String path = (String) host.get(byPath).getPropertyValue("Name");
        assertThat(host.references(BasedOnProvider.CLASS, byName, null)).as("unused volume").isEmpty();

        addDiskToSpare("empty/byname.img");
        addDiskToSpare(path);
        CIMObjectPath diskByName = spareDiskNamed("empty/byname.img");
        CIMObjectPath diskByPath = spareDiskNamed(path);
        assertThat(host.references(BasedOnProvider.CLASS, byName, "Antecedent")).singleElement().satisfies(l -> assertThat(
                Paths.same((CIMObjectPath) l.getPropertyValue("Dependent"), diskByName)).isTrue());
        assertThat(host.references(BasedOnProvider.CLASS, diskByPath, "Dependent")).singleElement().satisfies(l -> assertThat(
                Paths.same((CIMObjectPath) l.getPropertyValue("Antecedent"), byPath)).isTrue());
        assertThat(host.enumerate(BasedOnProvider.CLASS)).hasSize(2);
        CIMObjectPath webDisk = host.enumerate(CimNames.LOGICAL_DISK).stream().filter(d -> WEB.equals(d.getPropertyValue("SystemName")))
                .findFirst().orElseThrow().getObjectPath();
        assertThat(host.references(BasedOnProvider.CLASS, webDisk, null)).as("web's image is in no pool's volume list").isEmpty();
    }

    @Test
    void oneProcessorPerLogicalCpuOfTheHostWithItsClockSpeed() throws CimException {
        List<CIMInstance> cpus = host.enumerate(HostProcessorProvider.CLASS);
        assertThat(deviceIds(cpus)).containsExactly("cpu0", "cpu1", "cpu2", "cpu3", "cpu4", "cpu5", "cpu6", "cpu7");
        CIMInstance cpu3 = host.get(device(HostProcessorProvider.CLASS, "cpu3"));
        assertThat(cpu3.getPropertyValue("SystemName")).isEqualTo(hostName());
        assertThat(((Number) cpu3.getPropertyValue("CurrentClockSpeed")).longValue()).isEqualTo(2400);
        assertThat(cpu3.getPropertyValue("ElementName")).isEqualTo("CPU 3");
    }

    @Test
    void theHostsMemoryIsOneDeviceInKibBlocks() throws CimException {
        List<CIMInstance> memory = host.enumerate(HostMemoryProvider.CLASS);
        assertThat(deviceIds(memory)).containsExactly("memory");
        CIMInstance m = host.get(memory.get(0).getObjectPath());
        assertThat(number(m, "BlockSize") * number(m, "NumberOfBlocks")).isEqualTo(8L << 30);
        assertThat(m.getPropertyValue("Volatile")).isEqualTo(true);
    }

    @Test
    void thePrimordialPoolsAreMadeOfTheHostsProcessorsAndMemoryBothWays() throws CimException {
        assertThat(partsOf(pool(PoolKind.PROCESSOR, "host"))).hasSize(8)
                .allMatch(p -> Paths.isClass(p, HostProcessorProvider.CLASS));
        assertThat(partsOf(pool(PoolKind.MEMORY, "host"))).singleElement()
                .satisfies(p -> assertThat(Paths.same(p, device(HostMemoryProvider.CLASS, "memory"))).isTrue());
        List<CIMInstance> back = host.references(ConcreteComponentProvider.CLASS, device(HostProcessorProvider.CLASS, "cpu5"), null);
        assertThat(back).singleElement().satisfies(l -> assertThat(
                Paths.same((CIMObjectPath) l.getPropertyValue("GroupComponent"), pool(PoolKind.PROCESSOR, "host"))).isTrue());
        assertThat(partsOf(pool(PoolKind.NETWORK, "default"))).isEmpty();
        assertThat(partsOf(pool(PoolKind.STORAGE, "nosuchpool"))).isEmpty();
    }

    @Test
    void aVolumeCreatedInAPoolIsAStorageExtentOfItUntilDeleted() throws CimException {
        assertThat(host.enumerate(HostStorageExtentProvider.CLASS)).isEmpty();
        createVolume("data.img", 64);

        CIMObjectPath volume = device(HostStorageExtentProvider.CLASS, "empty/data.img");
        CIMInstance extent = host.get(volume);
        assertThat(extent.getPropertyValue("ElementName")).isEqualTo("data.img");
        assertThat((String) extent.getPropertyValue("Name")).endsWith("/empty/data.img");
        assertThat(number(extent, "BlockSize") * number(extent, "NumberOfBlocks")).isEqualTo(64L << 20);
        assertThat(number(extent, "AllocatedBytes")).isLessThanOrEqualTo(64L << 20);
        assertThat(deviceIds(host.enumerate(HostStorageExtentProvider.CLASS))).containsExactly("empty/data.img");
        assertThat(partsOf(pool(PoolKind.STORAGE, "empty"))).singleElement().satisfies(p -> assertThat(Paths.same(p, volume)).isTrue());
        assertThat(partsOf(pool(PoolKind.STORAGE, "images"))).isEmpty();
        assertThat(host.references(ConcreteComponentProvider.CLASS, volume, "PartComponent")).singleElement()
                .satisfies(l -> assertThat(Paths.same((CIMObjectPath) l.getPropertyValue("GroupComponent"),
                        pool(PoolKind.STORAGE, "empty"))).isTrue());

        deleteVolume("data.img");
        assertThat(host.enumerate(HostStorageExtentProvider.CLASS)).isEmpty();
        assertThatThrownBy(() -> host.get(volume)).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
        assertThat(partsOf(pool(PoolKind.STORAGE, "empty"))).isEmpty();
    }

    @Test
    void theHostHasItsOwnDevicesAndTheVirtualSystemsKeepTheirs() throws CimException {
        createVolume("data.img", 16);
        CIMObjectPath hostPath = host.only(CimNames.HOST_SYSTEM);
        List<CIMObjectPath> parts = host.references(CimNames.SYSTEM_DEVICE, hostPath, "GroupComponent").stream()
                .map(i -> (CIMObjectPath) i.getPropertyValue("PartComponent")).toList();
        assertThat(parts).extracting(CIMObjectPath::getObjectName).containsOnly(HostProcessorProvider.CLASS,
                HostMemoryProvider.CLASS, HostStorageExtentProvider.CLASS).hasSize(8 + 1 + 1);

        CIMObjectPath volume = device(HostStorageExtentProvider.CLASS, "empty/data.img");
        assertThat(host.references(CimNames.SYSTEM_DEVICE, volume, "PartComponent")).singleElement()
                .satisfies(l -> assertThat(Paths.same((CIMObjectPath) l.getPropertyValue("GroupComponent"), hostPath)).isTrue());

        CIMObjectPath web = InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", WEB));
        assertThat(host.references(CimNames.SYSTEM_DEVICE, web, "GroupComponent")).isNotEmpty()
                .allMatch(l -> !Paths.isClass((CIMObjectPath) l.getPropertyValue("PartComponent"), HostProcessorProvider.CLASS));
        List<CIMInstance> every = host.enumerate(CimNames.SYSTEM_DEVICE);
        assertThat(every.stream().filter(l -> Paths.same((CIMObjectPath) l.getPropertyValue("GroupComponent"), hostPath)))
                .hasSize(10);
        assertThat(every).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @CsvSource({
        "VEM_HostProcessor,     cpu8",
        "VEM_HostProcessor,     memory",
        "VEM_HostMemory,        cpu0",
        "VEM_HostStorageExtent, empty/missing.img",
        "VEM_HostStorageExtent, nopool/data.img",
        "VEM_HostStorageExtent, data.img",
        "VEM_HostStorageExtent, /empty",
    })
    void aDeviceIdTheHostDoesNotHaveIsNotFound(String className, String deviceId) throws CimException {
        createVolume("data.img", 16);
        assertThatThrownBy(() -> host.get(device(className, deviceId))).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND);
            assertThat(e.getMessage()).contains(className).contains(deviceId);
        });
        assertThat(host.references(ConcreteComponentProvider.CLASS, device(className, deviceId), null)).isEmpty();
        assertThat(host.references(CimNames.SYSTEM_DEVICE, device(className, deviceId), null)).isEmpty();
    }

    @Test
    void aDeviceOfAnotherSystemIsNotFound() throws CimException {
        CIMObjectPath elsewhere = InstanceBuilder.path(CimNames.NAMESPACE, HostProcessorProvider.CLASS,
                InstanceBuilder.stringKey("SystemCreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("SystemName", "another-host"),
                InstanceBuilder.stringKey("CreationClassName", HostProcessorProvider.CLASS),
                InstanceBuilder.stringKey("DeviceID", "cpu0"));
        assertThatThrownBy(() -> host.get(elsewhere)).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
    }
}

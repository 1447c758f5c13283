package org.vemanager.provider.profile.resourcepool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

class ResourcePoolsTest {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    static CIMObjectPath pool(String kind, String name) {
        return InstanceBuilder.path(CimNames.NAMESPACE, PoolKind.ofSegment(kind).orElseThrow().className(),
                InstanceBuilder.stringKey("InstanceID", "VEM:pool/" + kind + "/" + name));
    }

    static long number(CIMInstance i, String property) {
        Object v = i.getPropertyValue(property);
        return v instanceof UnsignedInteger64 u ? u.longValue() : ((Number) v).longValue();
    }

    private Map<String, CIMInstance> poolsById() throws CimException {
        return host.pools().stream()
                .collect(Collectors.toMap(i -> (String) i.getPropertyValue("InstanceID"), i -> i));
    }

    @ParameterizedTest
    @CsvSource({
        // InstanceID,                 ResourceType, Primordial, Capacity,     Reserved,   units
        "VEM:pool/processor/host,      3,            true,       8,            2,          count",
        "VEM:pool/memory/host,         4,            true,       8192,         1024,       byte*2^20",
        "VEM:pool/storage/images,      17,           false,      107374182400, 0,          byte",
        "VEM:pool/storage/empty,       17,           false,      107374182400, 0,          byte",
        "VEM:pool/network/default,     10,           false,      -1,           1,          count",
    })
    void poolsReportCapacityAndWhatActiveSystemsReserve(String id, int type, boolean primordial, long capacity, long reserved,
            String units) throws CimException {
        CIMInstance p = poolsById().get(id);
        assertThat(p).as(id).isNotNull();
        assertThat(((Number) p.getPropertyValue("ResourceType")).intValue()).isEqualTo(type);
        assertThat(p.getPropertyValue("Primordial")).isEqualTo(primordial);
        assertThat(p.getPropertyValue("Capacity") == null ? -1 : number(p, "Capacity")).isEqualTo(capacity);
        assertThat(number(p, "Reserved")).isEqualTo(reserved);
        assertThat(p.getPropertyValue("AllocationUnits")).isEqualTo(units);
        assertThat(host.get(p.getObjectPath()).getPropertyValue("PoolID")).isEqualTo(id.substring(id.lastIndexOf('/') + 1));
    }

    @Test
    void anUnknownPoolIsNotFound() {
        assertThatThrownBy(() -> host.get(pool("storage", "nope")))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
    }

    @Test
    void theHostHostsEveryPoolAndEachPoolNamesTheHost() throws CimException {
        CIMObjectPath hostPath = host.only(CimNames.HOST_SYSTEM);
        List<CIMInstance> fromHost = host.references(HostedResourcePoolProvider.CLASS, hostPath, "GroupComponent");
        assertThat(fromHost).hasSize(5);
        List<CIMInstance> fromPool = host.references(HostedResourcePoolProvider.CLASS, pool("network", "default"), null);
        assertThat(fromPool).singleElement()
                .satisfies(link -> assertThat(Paths.same((CIMObjectPath) link.getPropertyValue("GroupComponent"), hostPath)).isTrue());
        assertThat(host.references(HostedResourcePoolProvider.CLASS, pool("storage", "nope"), null)).isEmpty();
    }

    @Test
    void devicesAreAllocatedFromTheirPoolsBothWays() throws CimException {
        List<CIMInstance> fromImages = host.references(ElementAllocatedFromPoolProvider.CLASS, pool("storage", "images"), "Antecedent");
        assertThat(fromImages).extracting(l -> systemAndDevice((CIMObjectPath) l.getPropertyValue("Dependent")))
                .containsExactlyInAnyOrder(WEB + " vda", SPARE + " vda");
        assertThat(host.references(ElementAllocatedFromPoolProvider.CLASS, pool("processor", "host"), null))
                .extracting(l -> systemAndDevice((CIMObjectPath) l.getPropertyValue("Dependent")))
                .containsExactlyInAnyOrder(WEB + " cpu0", WEB + " cpu1", SPARE + " cpu0");
        CIMObjectPath webNic = (CIMObjectPath) host.references(ElementAllocatedFromPoolProvider.CLASS, pool("network", "default"), null)
                .get(0).getPropertyValue("Dependent");
        assertThat(webNic.getObjectName()).isEqualTo(CimNames.NETWORK_PORT);
        List<CIMInstance> back = host.references(ElementAllocatedFromPoolProvider.CLASS, webNic, "Dependent");
        assertThat(back).singleElement().satisfies(l -> assertThat(
                Paths.same((CIMObjectPath) l.getPropertyValue("Antecedent"), pool("network", "default"))).isTrue());
        assertThat(host.references(ElementAllocatedFromPoolProvider.CLASS, pool("storage", "empty"), null)).isEmpty();
    }

    private static String systemAndDevice(CIMObjectPath device) {
        return Paths.keyValue(device, "SystemName") + " " + Paths.keyValue(device, "DeviceID");
    }

    @Test
    void rasdsDrawOnTheirPoolsBothWays() throws CimException {
        List<CIMInstance> fromMemory = host.references(ResourceAllocationFromPoolProvider.CLASS, pool("memory", "host"), null);
        assertThat(fromMemory).extracting(l -> Paths.keyValue((CIMObjectPath) l.getPropertyValue("Dependent"), "InstanceID"))
                .containsExactlyInAnyOrder("VEM:" + WEB + "/mem", "VEM:" + SPARE + "/mem");
        CIMObjectPath diskRasd = InstanceBuilder.path(CimNames.NAMESPACE, CimNames.DISK_RASD,
                InstanceBuilder.stringKey("InstanceID", "VEM:" + WEB + "/disk/vda"));
        assertThat(host.references(ResourceAllocationFromPoolProvider.CLASS, diskRasd, "Dependent")).singleElement()
                .satisfies(l -> assertThat(Paths.same((CIMObjectPath) l.getPropertyValue("Antecedent"), pool("storage", "images")))
                        .isTrue());
        CIMInstance link = host.references(ResourceAllocationFromPoolProvider.CLASS, diskRasd, null).get(0);
        assertThat(host.get(link.getObjectPath()).getObjectPath()).isEqualTo(link.getObjectPath());
    }

    @ParameterizedTest
    @CsvSource({
        // pool,               class,                Minimum, Maximum, Default, Increment
        "processor/host,       VEM_ProcessorRASD,    1,       32,      1,       1",
        "memory/host,          VEM_MemoryRASD,       16,      8192,    1024,    1",
        "storage/empty,        VEM_DiskRASD,         1,       102400,  10240,   1",
        "network/default,      VEM_NetworkPortRASD,  1,       1,       1,       1",
    })
    void allocationCapabilitiesBoundRequestsWithRealLimits(String pool, String templateClass, long min, long max, long def, long inc)
            throws CimException {
        CIMObjectPath caps = InstanceBuilder.path(CimNames.NAMESPACE, AllocationCapabilitiesProvider.CLASS,
                InstanceBuilder.stringKey("InstanceID", "VEM:pool/" + pool + "/capabilities"));
        assertThat(host.get(caps).getPropertyValue("ResourceType")).isNotNull();
        List<CIMInstance> links = host.references(SettingsDefineCapabilitiesProvider.CLASS, caps, "GroupComponent");
        assertThat(links).hasSize(4);
        CapabilityTemplates templates = new CapabilityTemplates(new ResourcePools(
                new org.vemanager.provider.support.VirtHost(host.hypervisor(), host.jobs())));
        Map<String, Long> byRole = new java.util.HashMap<>();
        for (CIMInstance link : links) {
            CIMObjectPath part = (CIMObjectPath) link.getPropertyValue("PartComponent");
            assertThat(part.getObjectName()).isEqualTo(templateClass);
            CIMInstance template = templates.find((String) Paths.keyValue(part, "InstanceID")).orElseThrow();
            String id = (String) template.getPropertyValue("InstanceID");
            byRole.put(id.substring(id.lastIndexOf('/') + 1), number(template, "VirtualQuantity"));
            int role = ((Number) link.getPropertyValue("ValueRole")).intValue();
            int range = ((Number) link.getPropertyValue("ValueRange")).intValue();
            assertThat(List.of(role, range)).isIn(List.of(3, 1), List.of(3, 2), List.of(0, 0), List.of(3, 3));
            // and back: the template leads to the same capabilities
            assertThat(host.references(SettingsDefineCapabilitiesProvider.CLASS, part, "PartComponent")).singleElement()
                    .satisfies(back -> assertThat(Paths.same((CIMObjectPath) back.getPropertyValue("GroupComponent"), caps)).isTrue());
        }
        assertThat(byRole).containsExactlyInAnyOrderEntriesOf(Map.of("Minimum", min, "Maximum", max, "Default", def, "Increment", inc));
    }

    @Test
    void everyPoolHasAllocationCapabilities() throws CimException {
        assertThat(host.enumerate(AllocationCapabilitiesProvider.CLASS)).extracting(i -> i.getPropertyValue("InstanceID"))
                .containsExactlyInAnyOrder("VEM:pool/processor/host/capabilities", "VEM:pool/memory/host/capabilities",
                        "VEM:pool/storage/images/capabilities", "VEM:pool/storage/empty/capabilities",
                        "VEM:pool/network/default/capabilities");
    }
}

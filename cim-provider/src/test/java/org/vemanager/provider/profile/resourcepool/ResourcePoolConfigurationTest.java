package org.vemanager.provider.profile.resourcepool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.Networks;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

class ResourcePoolConfigurationTest {

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");
    private CIMObjectPath service;

    @BeforeEach
    void open() throws CimException {
        service = host.only(ResourcePoolConfigurationServiceProvider.CLASS);
    }

    private static CIMInstance rasd(int type, String subType, String hostResource, String address, String connection) {
        InstanceBuilder b = new InstanceBuilder(CimNames.NAMESPACE, CimNames.DISK_RASD).key("InstanceID", "new")
                .uint16("ResourceType", type).string("ResourceSubType", subType).string("Address", address);
        if (hostResource != null) {
            b.strings("HostResource", hostResource);
        }
        if (connection != null) {
            b.strings("Connection", connection);
        }
        return b.build();
    }

    private MethodResult create(String name, CIMInstance settings) throws CimException {
        return host.invoke(service, "CreateChildResourcePool",
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, name),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {settings}));
    }

    private MethodResult delete(CIMObjectPath pool) throws CimException {
        return host.invoke(service, "DeleteResourcePool", new CIMArgument<>("Pool", new CIMDataType(ResourcePoolProvider.CLASS), pool));
    }

    private List<String> poolIds() throws CimException {
        return host.pools().stream().map(i -> (String) i.getPropertyValue("InstanceID")).toList();
    }

    private static CIMObjectPath outPool(MethodResult r) {
        return (CIMObjectPath) r.outParameters().stream().filter(a -> a.getName().equals("Pool")).findFirst().orElseThrow().getValue();
    }

    @Test
    void aDirectoryPoolIsCreatedStartedListedAndDeleted() throws CimException {
        MethodResult r = create("scratch", rasd(17, "dir", "file://" + host.dir().resolve("scratch"), null, null));
        assertThat(((Number) r.returnValue()).intValue()).isZero();
        CIMInstance pool = host.get(outPool(r));
        assertThat(pool.getPropertyValue("InstanceID")).isEqualTo("VEM:pool/storage/scratch");
        assertThat(pool.getPropertyValue("ResourceSubType")).isEqualTo("dir");
        assertThat(new StoragePools(host.hypervisor()).find("scratch")).hasValueSatisfying(p -> {
            assertThat(p.active()).isTrue();
            assertThat(p.targetPath()).isEqualTo(host.dir().resolve("scratch").toString());
        });
        assertThat(((Number) delete(outPool(r)).returnValue()).intValue()).isZero();
        assertThat(poolIds()).doesNotContain("VEM:pool/storage/scratch");
    }

    @ParameterizedTest
    @CsvSource({
        "nat,      10.9.0.1/24, ,     nat",
        "isolated, 10.9.1.1/24, vbr7, isolated",
    })
    void aNetworkIsDefinedStartedAndDeleted(String mode, String address, String bridge, String expectedMode) throws CimException {
        MethodResult r = create("lab", rasd(10, mode, null, address, bridge));
        assertThat(host.get(outPool(r)).getPropertyValue("ResourceSubType")).isEqualTo(expectedMode);
        Networks.VirtualNetwork net = new Networks(host.hypervisor()).find("lab").orElseThrow();
        assertThat(net.active()).isTrue();
        assertThat(net.address()).isEqualTo(address);
        delete(outPool(r));
        assertThat(new Networks(host.hypervisor()).find("lab")).isEmpty();
    }

    @Test
    void aBridgedNetworkUsesTheNamedHostBridge() throws CimException {
        create("br", rasd(10, "bridge", null, null, "br0"));
        Networks.VirtualNetwork net = new Networks(host.hypervisor()).find("br").orElseThrow();
        assertThat(net.mode()).isEqualTo("bridge");
        assertThat(net.bridge()).isEqualTo("br0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // name|type|subtype|hostResource|address|connection|status|message part
        "default|10|nat||10.8.0.1/24||ALREADY_EXISTS|network named 'default' already exists",
        "images|17|dir|/srv/x|||ALREADY_EXISTS|storage pool named 'images' already exists",
        "lab|10|nat||10.8.0.300/24||INVALID_PARAMETER|Address '10.8.0.300/24'",
        "lab|10|nat||||INVALID_PARAMETER|Address must be",
        "lab|10|bridge||||INVALID_PARAMETER|Connection[0] must name the host bridge",
        "lab|10|vepa||||INVALID_PARAMETER|ResourceSubType must be nat, isolated or bridge",
        "scratch|17|dir|relative/dir|||INVALID_PARAMETER|absolute directory",
        "scratch|17|logical|/dev/vg0|||NOT_SUPPORTED|type 'dir' can be created",
        "scratch|3|dir|/srv/x|||INVALID_PARAMETER|ResourceType must be",
        "bad name!|17|dir|/srv/x|||INVALID_PARAMETER|ElementName must name the new pool",
    })
    void badRequestsAreRefusedClearlyAndChangeNothing(String name, int type, String subType, String hostResource, String address,
            String connection, CimStatus status, String message) throws CimException {
        List<String> before = poolIds();
        assertThatThrownBy(() -> create(name, rasd(type, subType, hostResource, address, connection)))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(poolIds()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "storage/images   | FAILED            | 'images' is used by spare (vda), web (vda)",
        "network/default  | FAILED            | 'default' is used by web (52:54:00:00:00:01)",
        "processor/host   | INVALID_PARAMETER | primordial processor pool",
        "storage/nope     | INVALID_PARAMETER | names no pool of this host",
    })
    void poolsInUseOrPrimordialAreNotDeleted(String pool, CimStatus status, String message) throws CimException {
        List<String> before = poolIds();
        String[] kn = pool.split("/");
        assertThatThrownBy(() -> delete(ResourcePoolsTest.pool(kn[0], kn[1])))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(poolIds()).isEqualTo(before);
    }

    @Test
    void anUnusedPoolIsDeletedButItsVolumesStayOnDisk() throws CimException {
        delete(ResourcePoolsTest.pool("storage", "empty"));
        assertThat(poolIds()).doesNotContain("VEM:pool/storage/empty").contains("VEM:pool/storage/images");
    }

    @Test
    void aVolumeLargerThanThePoolIsRefusedNamingTheSize() throws CimException {
        StoragePools pools = new StoragePools(host.hypervisor());
        long tooBig = 200L << 30;
        assertThatThrownBy(() -> pools.createVolume("empty", "huge.img", tooBig))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains(String.valueOf(tooBig)).contains("'empty'");
                });
        assertThat(pools.find("empty").orElseThrow().volumes()).isEmpty();
        StoragePools.Volume small = pools.createVolume("empty", "small.img", 1L << 30);
        assertThat(small.capacity()).isEqualTo(1L << 30);
        assertThat(pools.find("empty").orElseThrow().volumes()).extracting(StoragePools.Volume::name).containsExactly("small.img");
        pools.deleteVolume("empty", "small.img");
        assertThat(pools.find("empty").orElseThrow().volumes()).isEmpty();
    }

    @Test
    void otherMethodsAreNotSupported() {
        assertThatThrownBy(() -> host.invoke(service, "CreateResourcePool"))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_SUPPORTED));
    }
}

package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.conformance.NodeAgentProcess;
import org.vemanager.console.client.PoolConfiguration.Format;
import org.vemanager.console.client.PoolConfiguration.NetworkMode;

/**
 * The console's storage client against a real node-agent process on the libvirt test driver (the
 * conformance suite's small host: pool "images" with volume base.img, network "lan"): volumes are
 * listed with their sizes and users, created and deleted; pools and networks of each mode created and
 * deleted; and what the node refuses comes back as its CIM error with nothing changed.
 */
@Timeout(120)
class PoolConfigurationIT {

    private static NodeAgentProcess agent;
    private static NodeSession session;
    private final NodePools pools = new NodePools(session);
    private final PoolConfiguration config = new PoolConfiguration(session);

    @BeforeAll
    static void start() throws Exception {
        agent = NodeAgentProcess.start(Files.createTempDirectory("vem-console-pools"), "small.xml");
        Path pins = Files.createTempDirectory("vem-console-pins").resolve("pins");
        session = NodeSession.open(NodeEndpoint.parse(agent.httpUrl(), NodeAgentProcess.OPERATOR.name()),
                NodeAgentProcess.OPERATOR.password().toCharArray(), new CertificatePins(pins));
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    private NodePools.Pool pool(String name) throws WBEMException {
        return pools.pools().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private List<String> volumeNames(String poolName) throws WBEMException {
        return pools.volumes(pool(poolName).path()).stream().map(NodePools.Volume::name).toList();
    }

    @Test
    void aPoolsVolumesAreListedWithTheirSizesAndPath() throws Exception {
        NodePools.Volume base = pools.volumes(pool("images").path()).stream().filter(v -> v.name().equals("base.img"))
                .findFirst().orElseThrow();
        assertThat(base.path()).isEqualTo(agent.dir().resolve("base.img").toString());
        assertThat(base.capacity()).isEqualTo(2L << 30);
        assertThat(base.allocation()).isEqualTo(512L << 20);
        assertThat(base.usedBy()).isEmpty();
    }

    @Test
    void aVolumeIsCreatedListedAndDeleted() throws Exception {
        CIMObjectPath images = pool("images").path();
        String where = config.createVolume(images, "it-new.qcow2", 64, Format.QCOW2);
        assertThat(where).isEqualTo("file://" + agent.dir().resolve("it-new.qcow2"));
        NodePools.Volume created = pools.volumes(images).stream().filter(v -> v.name().equals("it-new.qcow2")).findFirst()
                .orElseThrow();
        assertThat(created.capacity()).isEqualTo(64L << 20);

        config.deleteVolume(images, "it-new.qcow2");
        assertThat(volumeNames("images")).doesNotContain("it-new.qcow2").contains("base.img");
    }

    @Test
    void aVolumeInUseIsNotDeletedAndTheNodeSaysWhy() throws Exception {
        CIMObjectPath images = pool("images").path();
        String where = config.createVolume(images, "it-used.img", 16, Format.RAW);
        StorageFixtures.defineVmOnVolume(session, "it-volume-user", where);
        NodePools.Volume used = pools.volumes(images).stream().filter(v -> v.name().equals("it-used.img")).findFirst()
                .orElseThrow();
        assertThat(used.usedBy()).containsExactly("it-volume-user (vda)");
        assertThat(pools.allocations(images)).as("the pool's allocations name the VM the node lists, not its InstanceID")
                .anySatisfy(a -> {
                    assertThat(a.vm()).isEqualTo("it-volume-user");
                    assertThat(a.elementName()).isEqualTo("vda");
                });

        assertThatThrownBy(() -> config.deleteVolume(images, "it-used.img")).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_FAILED);
            assertThat(CimErrors.describe(e)).startsWith("Failed: In use").contains("it-used.img", "it-volume-user");
        });
        assertThat(volumeNames("images")).as("nothing deleted").contains("it-used.img");
    }

    @Test
    void aVolumeTheNodeRefusesIsNotCreated() throws Exception {
        CIMObjectPath images = pool("images").path();
        long tooBigMib = 200L * 1024;
        assertThatThrownBy(() -> config.createVolume(images, "it-huge.img", tooBigMib, Format.RAW))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(CimErrors.describe(e)).contains("it-huge.img", "does not fit");
                });
        assertThatThrownBy(() -> config.createVolume(images, "base.img", 1, Format.RAW))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ALREADY_EXISTS));
        assertThat(volumeNames("images")).doesNotContain("it-huge.img");
    }

    @Test
    void aStoragePoolIsCreatedAndDeleted() throws Exception {
        Path dir = Files.createDirectories(agent.dir().resolve("it-pool-dir"));
        config.createStoragePool("it-pool", dir.toString());
        NodePools.Pool created = pool("it-pool");
        assertThat(created).isNotNull();
        assertThat(created.isStorage()).isTrue();
        assertThat(pools.volumes(created.path())).isEmpty();

        config.deletePool(created.path());
        assertThat(pool("it-pool")).isNull();
    }

    @Test
    void aNetworkOfEachModeIsCreatedAndDeleted() throws Exception {
        config.createNetwork("it-nat", NetworkMode.NAT, "10.77.1.1/24", null);
        config.createNetwork("it-isolated", NetworkMode.ISOLATED, "10.77.2.1/24", null);
        config.createNetwork("it-bridged", NetworkMode.BRIDGE, null, "br0");
        assertThat(pool("it-nat").subType()).isEqualTo("nat");
        assertThat(pool("it-isolated").subType()).isEqualTo("isolated");
        assertThat(pool("it-bridged").subType()).isEqualTo("bridge");
        for (String name : List.of("it-nat", "it-isolated", "it-bridged")) {
            assertThat(pool(name).isNetwork()).isTrue();
            config.deletePool(pool(name).path());
            assertThat(pool(name)).as(name + " deleted").isNull();
        }
    }

    @Test
    void aNetworkTheNodeRefusesIsNotCreated() throws Exception {
        List<String> before = pools.pools().stream().map(NodePools.Pool::name).toList();
        assertThatThrownBy(() -> config.createNetwork("it-bad", NetworkMode.NAT, "10.77.3.300/24", null))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(CimErrors.describe(e)).contains("Address");
                });
        assertThatThrownBy(() -> config.createNetwork("lan", NetworkMode.ISOLATED, "10.77.4.1/24", null))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ALREADY_EXISTS));
        assertThat(pools.pools().stream().map(NodePools.Pool::name).toList()).isEqualTo(before);
    }
}

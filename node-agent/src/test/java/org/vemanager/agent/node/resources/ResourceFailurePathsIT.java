package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.agent.node.RunningAgent;

/**
 * What goes wrong with pools, volumes, networks and snapshots, through a running node-agent and the SBLIM
 * client: each mistake is a CIM error that says what is wrong, and afterwards the host is as it was.
 */
@Timeout(120)
class ResourceFailurePathsIT {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    @RegisterExtension
    final RunningAgent agent = RunningAgent.perTest("pool-host.xml");
    private final Cim cim = new Cim(agent::client);
    private CIMObjectPath poolService;

    @BeforeEach
    void start() throws Exception {
        poolService = cim.only("VEM_ResourcePoolConfigurationService");
    }

    @Test
    void aVolumeLargerThanThePoolIsRefusedAndNotCreated() throws Exception {
        CIMObjectPath empty = StorageVolumesIT.pool(cim, "VEM:pool/storage/empty");
        long tooBigMib = 200L * 1024;
        assertThatThrownBy(() -> StorageVolumesIT.create(cim, poolService, empty, StorageVolumesIT.volume("huge.img", tooBigMib, "raw")))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("huge.img", "does not fit", "'empty'", "bytes available");
                });
        assertThat(StorageVolumesIT.exists(cim, empty, "huge.img")).isFalse();
    }

    @Test
    void aVolumeNameThePoolHasIsRefusedAndTheVolumeKept() throws Exception {
        CIMObjectPath empty = StorageVolumesIT.pool(cim, "VEM:pool/storage/empty");
        StorageVolumesIT.create(cim, poolService, empty, StorageVolumesIT.volume("a.img", 8, "raw"));
        assertThatThrownBy(() -> StorageVolumesIT.create(cim, poolService, empty, StorageVolumesIT.volume("a.img", 16, "qcow2")))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ALREADY_EXISTS);
                    assertThat(e.getMessage()).contains("already has a volume named 'a.img'");
                });
        assertThat(StorageVolumesIT.delete(cim, poolService, empty, "a.img").get("return")).isEqualTo(0L);
    }

    @Test
    void volumesAreMadeOnlyInStoragePoolsAndOnlyInFormatsOffered() throws Exception {
        CIMObjectPath network = StorageVolumesIT.pool(cim, "VEM:pool/network/default");
        assertThatThrownBy(() -> StorageVolumesIT.create(cim, poolService, network, StorageVolumesIT.volume("x.img", 8, "raw")))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("Pool", "network pool");
                });
        CIMObjectPath empty = StorageVolumesIT.pool(cim, "VEM:pool/storage/empty");
        assertThatThrownBy(() -> StorageVolumesIT.create(cim, poolService, empty, StorageVolumesIT.volume("x.img", 8, "vmdk")))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getMessage()).contains("raw or qcow2", "vmdk"));
        assertThatThrownBy(() -> StorageVolumesIT.delete(cim, poolService, empty, "never.img"))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("'never.img' names no volume");
                });
    }

    @Test
    void aNetworkNameTheHostHasIsRefusedAndTheNetworkKept() throws Exception {
        CIMObjectPath before = StorageVolumesIT.pool(cim, "VEM:pool/network/default");
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_NetworkPortRASD"), new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(10)),
            new CIMProperty<>("ResourceSubType", CIMDataType.STRING_T, "nat"),
            new CIMProperty<>("Address", CIMDataType.STRING_T, "10.77.0.1/24")});
        assertThatThrownBy(() -> cim.invoke(poolService, "CreateChildResourcePool",
                new CIMArgument<>("ElementName", CIMDataType.STRING_T, "default"),
                new CIMArgument<>("Settings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {settings})))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_ALREADY_EXISTS);
                    assertThat(e.getMessage()).contains("network named 'default' already exists");
                });
        assertThat(poolIds()).filteredOn(id -> id.startsWith("VEM:pool/network/")).containsExactly("VEM:pool/network/default");
        assertThat(cim.get(before).getPropertyValue("ResourceSubType")).as("the existing network is untouched").isEqualTo("nat");
    }

    @Test
    void aPoolInUseIsNotDeleted() throws Exception {
        List<String> before = poolIds();
        CIMObjectPath images = StorageVolumesIT.pool(cim, "VEM:pool/storage/images");
        assertThatThrownBy(() -> cim.invoke(poolService, "DeleteResourcePool",
                new CIMArgument<>("Pool", new CIMDataType("VEM_ResourcePool"), images)))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_FAILED);
                    assertThat(e.getMessage()).contains("In use", "'images'", "web (vda)", "spare (vda)");
                });
        assertThat(poolIds()).isEqualTo(before);
    }

    @Test
    void aSnapshotIsAppliedOnlyToItsOwnSystem() throws Exception {
        CIMObjectPath service = cim.only("VEM_VirtualSystemSnapshotService");
        CIMObjectPath web = cim.names("VEM_ComputerSystem").stream().filter(p -> WEB.equals(p.getKeyValue("Name"))).findFirst()
                .orElseThrow();
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_VirtualSystemSettingData"),
                new CIMProperty<?>[] {new CIMProperty<>("ElementName", CIMDataType.STRING_T, "s1")});
        cim.invokeAndWait(service, "CreateSnapshot", new CIMArgument<>("AffectedSystem", new CIMDataType("VEM_ComputerSystem"), web),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        // web's snapshot name under spare's UUID: spare has no such snapshot
        CIMObjectPath forged = new CIMObjectPath(null, null, null, Cim.VIRT, "VEM_VirtualSystemSettingData", new CIMProperty<?>[] {
            new CIMProperty<>("InstanceID", CIMDataType.STRING_T, "VEM:" + SPARE + "/snapshot/s1", true, false, null)});
        assertThatThrownBy(() -> cim.invoke(service, "ApplySnapshot",
                new CIMArgument<>("Snapshot", new CIMDataType("VEM_VirtualSystemSettingData"), forged)))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND);
                    assertThat(e.getMessage()).contains(SPARE, "has no snapshot named 's1'");
                });
        CIMObjectPath spare = cim.names("VEM_ComputerSystem").stream().filter(p -> SPARE.equals(p.getKeyValue("Name"))).findFirst()
                .orElseThrow();
        assertThat(cim.associatorNames(spare, "VEM_SnapshotOfVirtualSystem", null)).isEmpty();
        assertThat(cim.associators(web, "VEM_LastAppliedSnapshot", null)).extracting(s -> s.getPropertyValue("ElementName"))
                .containsExactly("s1");
        assertThat(((Number) cim.get(spare).getPropertyValue("EnabledState")).intValue()).as("spare stays off").isEqualTo(3);
    }

    private List<String> poolIds() throws WBEMException {
        return cim.names("VEM_ResourcePool").stream().map(p -> (String) p.getKeyValue("InstanceID")).sorted().toList();
    }
}

package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.listener.WBEMListener;
import org.metricshub.wbem.javax.wbem.listener.WBEMListenerFactory;
import org.vemanager.agent.node.RunningAgent;

/**
 * Indications of resource changes and job progress, received by an SBLIM indication listener that
 * subscribed to a running node-agent as any client would: a memory change by ModifyResourceSettings
 * arrives as CIM_InstModification of the memory RASD with its previous value, and a snapshot job's
 * progress as CIM_InstModification of the job up to 100 % and Completed.
 */
@Timeout(120)
class ResourceIndicationsIT {

    private static final String INTEROP = "root/interop";
    private static final String SPARE = "11111111-0000-4000-8000-000000000002";

    private final WBEMListener listener = WBEMListenerFactory.getListener("CIM-XML");
    private final List<CIMInstance> received = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final RunningAgent agent = RunningAgent.perTest("pool-host.xml");
    private final Cim cim = new Cim(agent::client);
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = listener.addListener((url, indication) -> received.add(indication), 0, "http");
        subscribe("SELECT * FROM CIM_InstModification");
    }

    @AfterEach
    void stop() {
        if (port > 0) {
            listener.removeListener(port);
        }
    }

    private void subscribe(String query) throws Exception {
        CIMObjectPath filter = cim.client().createInstance(new CIMInstance(path("CIM_IndicationFilter"), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "resources-it"),
            new CIMProperty<>("Query", CIMDataType.STRING_T, query),
            new CIMProperty<>("QueryLanguage", CIMDataType.STRING_T, "WQL"),
            new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T, new String[] {Cim.VIRT})}));
        CIMObjectPath destination = cim.client().createInstance(new CIMInstance(path("CIM_ListenerDestinationCIMXML"),
                new CIMProperty<?>[] {
                    new CIMProperty<>("Name", CIMDataType.STRING_T, "resources-it"),
                    new CIMProperty<>("Destination", CIMDataType.STRING_T, "http://127.0.0.1:" + port + "/"),
                    new CIMProperty<>("PersistenceType", CIMDataType.UINT16_T, new UnsignedInteger16(3))}));
        cim.client().createInstance(new CIMInstance(path("CIM_IndicationSubscription"), new CIMProperty<?>[] {
            new CIMProperty<>("Filter", new CIMDataType("CIM_IndicationFilter"), filter, true, false, null),
            new CIMProperty<>("Handler", new CIMDataType("CIM_ListenerDestinationCIMXML"), destination, true, false, null)}));
    }

    private static CIMObjectPath path(String className) {
        return new CIMObjectPath(null, null, null, INTEROP, className, null);
    }

    @Test
    void aMemoryChangeArrivesAsModificationOfTheMemoryRasd() throws Exception {
        CIMObjectPath spareSettings = new CIMObjectPath(null, null, null, Cim.VIRT, "VEM_VirtualSystemSettingData",
                new CIMProperty<?>[] {new CIMProperty<>("InstanceID", CIMDataType.STRING_T, "VEM:" + SPARE, true, false, null)});
        CIMInstance memory = cim.associators(spareSettings, "VEM_VirtualSystemSettingDataComponent", "VEM_MemoryRASD").get(0);
        assertThat(((Number) memory.getPropertyValue("VirtualQuantity")).longValue()).isEqualTo(512);
        CIMInstance changed = memory.deriveInstance(new CIMProperty<?>[] {
            new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64("256"))});
        cim.invoke(cim.only("VEM_VirtualSystemManagementService"), "ModifyResourceSettings",
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {changed}));

        CIMInstance indication = await(i -> "VEM_MemoryRASD".equals(source(i).getClassName()));
        assertThat(((Number) source(indication).getPropertyValue("VirtualQuantity")).longValue()).isEqualTo(256);
        assertThat(((Number) ((CIMInstance) indication.getPropertyValue("PreviousInstance")).getPropertyValue("VirtualQuantity"))
                .longValue()).isEqualTo(512);
        assertThat(received).as("only the changed RASD is reported").noneMatch(i -> "VEM_ProcessorRASD".equals(source(i).getClassName()));
    }

    @Test
    void aSnapshotJobReportsItsProgressUntilCompleted() throws Exception {
        CIMObjectPath spare = cim.names("VEM_ComputerSystem").stream().filter(p -> SPARE.equals(p.getKeyValue("Name"))).findFirst()
                .orElseThrow();
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_VirtualSystemSettingData"),
                new CIMProperty<?>[] {new CIMProperty<>("ElementName", CIMDataType.STRING_T, "s1")});
        var out = cim.invokeAndWait(cim.only("VEM_VirtualSystemSnapshotService"), "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType("VEM_ComputerSystem"), spare),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        Object jobId = ((CIMObjectPath) out.get("job")).getKeyValue("InstanceID");
        CIMInstance done = await(i -> jobId.equals(source(i).getPropertyValue("InstanceID"))
                && ((Number) source(i).getPropertyValue("JobState")).intValue() == 7);
        assertThat(((Number) source(done).getPropertyValue("PercentComplete")).intValue()).isEqualTo(100);
        assertThat(received).as("a progress step of the job arrived before it completed").anyMatch(i ->
                jobId.equals(source(i).getPropertyValue("InstanceID"))
                        && ((Number) source(i).getPropertyValue("JobState")).intValue() == 4
                        && ((Number) source(i).getPropertyValue("PercentComplete")).intValue() == 100);
    }

    private static CIMInstance source(CIMInstance indication) {
        return (CIMInstance) indication.getPropertyValue("SourceInstance");
    }

    private CIMInstance await(Predicate<CIMInstance> match) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (CIMInstance i : received) {
                if (match.test(i)) {
                    return i;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such indication among " + received.size() + " received");
    }
}

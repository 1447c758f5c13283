package org.vemanager.agent.node.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.metricshub.wbem.javax.wbem.client.EnumerateResponse;
import org.vemanager.agent.node.RunningAgent;

/**
 * Walks the resource part of a host through a running node-agent with the SBLIM client, as any WBEM
 * client would: from each pool to its allocation capabilities and their RASD templates, from the host to
 * every service it hosts and their capabilities, and from a virtual system to its snapshot tree — and
 * reads every instance found on the way with GetInstance.
 */
@Timeout(120)
class ResourceWalkIT {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";

    @RegisterExtension
    final RunningAgent agent = RunningAgent.perTest("pool-host.xml");
    private final Cim cim = new Cim(agent::client);

    @Test
    void fromEachPoolToItsCapabilityTemplatesAndBack() throws Exception {
        List<CIMObjectPath> pools = cim.names("VEM_ResourcePool");
        assertThat(pools).extracting(p -> (String) p.getKeyValue("InstanceID")).containsExactlyInAnyOrder(
                "VEM:pool/processor/host", "VEM:pool/memory/host", "VEM:pool/storage/images", "VEM:pool/storage/empty",
                "VEM:pool/network/default");
        for (CIMObjectPath pool : pools) {
            List<CIMObjectPath> capabilities = cim.associatorNames(pool, "VEM_ElementCapabilities", "VEM_AllocationCapabilities");
            assertThat(capabilities).as("allocation capabilities of %s", pool).hasSize(1);
            CIMInstance ac = cim.get(capabilities.get(0));
            assertThat(ac.getPropertyValue("ResourceType")).isEqualTo(cim.get(pool).getPropertyValue("ResourceType"));

            List<CIMInstance> templates = cim.associators(ac.getObjectPath(), "VEM_SettingsDefineCapabilities", null);
            assertThat(templates).as("templates of %s", pool).extracting(t -> (String) t.getPropertyValue("InstanceID"))
                    .containsExactlyInAnyOrder(pool.getKeyValue("InstanceID") + "/template/Minimum",
                            pool.getKeyValue("InstanceID") + "/template/Maximum", pool.getKeyValue("InstanceID") + "/template/Default",
                            pool.getKeyValue("InstanceID") + "/template/Increment");
            for (CIMInstance template : templates) {
                CIMInstance read = cim.get(template.getObjectPath());
                assertThat(read.getPropertyValue("VirtualQuantity")).as("GetInstance %s", template.getObjectPath())
                        .isEqualTo(template.getPropertyValue("VirtualQuantity"));
                assertThat(read.getPropertyValue("ResourceType")).isEqualTo(ac.getPropertyValue("ResourceType"));
                assertThat(cim.associatorNames(template.getObjectPath(), "VEM_SettingsDefineCapabilities", null))
                        .as("the template leads back to its capabilities").containsExactly(ac.getObjectPath());
            }
            long min = quantity(templates, "Minimum");
            long max = quantity(templates, "Maximum");
            assertThat(min).as("minimum <= default <= maximum of %s", pool).isLessThanOrEqualTo(quantity(templates, "Default"));
            assertThat(quantity(templates, "Default")).isLessThanOrEqualTo(max);
            List<CIMInstance> links = cim.references(ac.getObjectPath(), "VEM_SettingsDefineCapabilities");
            assertThat(links).extracting(l -> ((Number) l.getPropertyValue("ValueRange")).intValue())
                    .containsExactlyInAnyOrder(0, 1, 2, 3);
        }
        CIMObjectPath memory = pools.stream().filter(p -> p.getKeyValue("InstanceID").equals("VEM:pool/memory/host")).findFirst()
                .orElseThrow();
        CIMObjectPath memoryCapabilities = cim.associatorNames(memory, "VEM_ElementCapabilities", null).get(0);
        assertThat(quantity(cim.associators(memoryCapabilities, "VEM_SettingsDefineCapabilities", null), "Maximum"))
                .as("the memory maximum is the host's 8 GiB, in MiB").isEqualTo(8192);
    }

    @Test
    void eachResourceProfileConformsThroughItsOwnCentralInstances() throws Exception {
        Map<String, CIMObjectPath> profiles = new java.util.HashMap<>();
        for (CIMInstance p : cim.instancesIn("root/interop", "CIM_RegisteredProfile")) {
            profiles.put((String) p.getPropertyValue("RegisteredName"), p.getObjectPath());
        }
        Map<String, String> central = Map.of("Allocation Capabilities", "VEM_AllocationCapabilities",
                "Processor Resource Virtualization", "VEM_ProcessorPool", "Memory Resource Virtualization", "VEM_MemoryPool",
                "Storage Resource Virtualization", "VEM_DiskPool", "Ethernet Port Resource Virtualization", "VEM_NetworkPool");
        Map<String, Integer> count = Map.of("VEM_AllocationCapabilities", 5, "VEM_ProcessorPool", 1, "VEM_MemoryPool", 1,
                "VEM_DiskPool", 2, "VEM_NetworkPool", 1);
        for (Map.Entry<String, String> e : central.entrySet()) {
            assertThat(profiles).as("registered profiles").containsKey(e.getKey());
            List<CIMObjectPath> elements = cim.associatorNames(profiles.get(e.getKey()), "CIM_ElementConformsToProfile", null);
            assertThat(elements).as("central instances of %s", e.getKey()).hasSize(count.get(e.getValue()))
                    .allMatch(p -> p.getObjectName().equals(e.getValue()));
            for (CIMObjectPath element : elements) {
                assertThat(cim.get(element).getObjectPath().getObjectName()).isEqualTo(e.getValue());
            }
        }
        assertThat(profiles).doesNotContainKey("Virtual System Snapshot");
        assertThat(cim.associatorNames(profiles.get("System Virtualization"), "CIM_ReferencedProfile", null))
                .as("System Virtualization references the resource profiles")
                .containsAll(central.keySet().stream().map(profiles::get).toList());
    }

    @Test
    void theHostHostsItsServicesWhichLeadToTheirCapabilities() throws Exception {
        CIMObjectPath host = cim.only("VEM_HostSystem");
        List<CIMObjectPath> services = cim.associatorNames(host, "VEM_HostedService", null);
        assertThat(services).extracting(CIMObjectPath::getObjectName).containsExactlyInAnyOrder(
                "VEM_VirtualSystemManagementService", "VEM_ResourcePoolConfigurationService", "VEM_VirtualSystemSnapshotService");
        for (CIMObjectPath service : services) {
            assertThat(cim.associatorNames(service, "VEM_HostedService", null)).as("%s leads back to the host", service)
                    .containsExactly(host);
        }
        assertThat(cim.associators(cim.only("VEM_ResourcePoolConfigurationService"), "VEM_ElementCapabilities", null))
                .extracting(CIMInstance::getClassName).containsExactly("VEM_ResourcePoolConfigurationCapabilities");
        assertThat(cim.associators(cim.only("VEM_VirtualSystemSnapshotService"), "VEM_ElementCapabilities", null))
                .extracting(CIMInstance::getClassName).containsExactly("VEM_VirtualSystemSnapshotServiceCapabilities");
        assertThat(cim.associators(host, "VEM_ElementCapabilities", null)).extracting(CIMInstance::getClassName)
                .containsExactly("VEM_VirtualSystemManagementCapabilities");
    }

    @Test
    void fromAVirtualSystemToItsSnapshotTree() throws Exception {
        CIMObjectPath web = system(WEB);
        CIMObjectPath service = cim.only("VEM_VirtualSystemSnapshotService");
        CIMObjectPath first = snapshot(service, web, "first");
        CIMObjectPath second = snapshot(service, web, "second");

        List<CIMInstance> snapshots = cim.associators(web, "VEM_SnapshotOfVirtualSystem", null);
        assertThat(snapshots).extracting(s -> (String) s.getPropertyValue("ElementName")).containsExactlyInAnyOrder("first", "second");
        for (CIMInstance s : snapshots) {
            CIMInstance read = cim.get(s.getObjectPath());
            assertThat(read.getClassName()).isEqualTo("VEM_VirtualSystemSettingData");
            assertThat(read.getPropertyValue("VirtualSystemIdentifier")).isEqualTo("web");
            assertThat(cim.associatorNames(s.getObjectPath(), "VEM_SnapshotOfVirtualSystem", null)).containsExactly(web);
        }
        assertThat((String[]) cim.get(first).getPropertyValue("Notes")).as("a root snapshot has no parent")
                .noneMatch(n -> n.startsWith("Parent="));
        assertThat((String[]) cim.get(second).getPropertyValue("Notes")).as("the second is a child of the first")
                .contains("Parent=" + first.getKeyValue("InstanceID"));
        assertThat(cim.associatorNames(web, "VEM_MostCurrentSnapshotInBranch", null)).containsExactly(second);
        assertThat(cim.associatorNames(web, "VEM_LastAppliedSnapshot", null)).containsExactly(second);

        cim.invokeAndWait(service, "ApplySnapshot", new CIMArgument<>("Snapshot", new CIMDataType("VEM_VirtualSystemSettingData"), first));
        assertThat(cim.associatorNames(web, "VEM_LastAppliedSnapshot", null)).as("after applying the first").containsExactly(first);
        assertThat(cim.associatorNames(first, "VEM_LastAppliedSnapshot", null)).containsExactly(web);

        Map<String, Object> out = cim.invoke(service, "DestroySnapshot",
                new CIMArgument<>("AffectedSnapshot", new CIMDataType("VEM_VirtualSystemSettingData"), second));
        assertThat(out.get("return")).isEqualTo(0L);
        assertThat(cim.associatorNames(web, "VEM_SnapshotOfVirtualSystem", null)).containsExactly(first);
        assertThat(catchNotFound(second)).as("GetInstance of a destroyed snapshot").isTrue();
    }

    @Test
    void everySettingThatGetInstanceAnswersIsEnumeratedNamedAndPulled() throws Exception {
        CIMObjectPath web = system(WEB);
        CIMObjectPath service = cim.only("VEM_VirtualSystemSnapshotService");
        CIMObjectPath kept = snapshot(service, web, "kept");
        CIMObjectPath dropped = snapshot(service, web, "dropped");
        List<String> savedWithKept = cim.associatorNames(kept, "VEM_VirtualSystemSettingDataComponent", null).stream()
                .map(p -> (String) p.getKeyValue("InstanceID")).toList();
        assertThat(savedWithKept).as("the RASDs saved with a snapshot").isNotEmpty()
                .allMatch(id -> id.startsWith(kept.getKeyValue("InstanceID") + "/"));
        List<String> templates = new ArrayList<>();
        for (CIMObjectPath ac : cim.names("VEM_AllocationCapabilities")) {
            for (CIMObjectPath t : cim.associatorNames(ac, "VEM_SettingsDefineCapabilities", null)) {
                templates.add((String) t.getKeyValue("InstanceID"));
            }
        }
        assertThat(templates).isNotEmpty();

        for (String className : List.of("CIM_VirtualSystemSettingData", "CIM_ResourceAllocationSettingData", "CIM_SettingData")) {
            List<String> enumerated = ids(cim.instances(className));
            assertThat(ids(cim.names(className).stream().map(p -> new CIMInstance(p, new CIMProperty<?>[0])).toList(), true))
                    .as("EnumerateInstanceNames of %s", className).containsExactlyInAnyOrderElementsOf(enumerated);
            assertThat(ids(pulled(className))).as("the pull enumeration of %s", className).containsExactlyInAnyOrderElementsOf(enumerated);
            for (CIMInstance i : cim.instances(className)) {
                assertThat(cim.get(i.getObjectPath()).getPropertyValue("InstanceID")).isEqualTo(i.getPropertyValue("InstanceID"));
            }
        }
        assertThat(ids(cim.instances("CIM_VirtualSystemSettingData"))).contains("VEM:" + WEB, (String) kept.getKeyValue("InstanceID"),
                (String) dropped.getKeyValue("InstanceID"));
        assertThat(ids(cim.instances("CIM_ResourceAllocationSettingData"))).containsAll(savedWithKept).containsAll(templates);
        assertThat(ids(cim.instances("CIM_SettingData"))).containsAll(savedWithKept).containsAll(templates)
                .contains((String) kept.getKeyValue("InstanceID"));

        cim.invoke(service, "DestroySnapshot", new CIMArgument<>("AffectedSnapshot", new CIMDataType("VEM_VirtualSystemSettingData"),
                dropped));
        String droppedId = (String) dropped.getKeyValue("InstanceID");
        assertThat(ids(cim.instances("CIM_SettingData"))).noneMatch(id -> id.startsWith(droppedId)).containsAll(savedWithKept);
        assertThat(ids(pulled("CIM_SettingData"))).noneMatch(id -> id.startsWith(droppedId));
    }

    private static List<String> ids(List<CIMInstance> instances) {
        return ids(instances, false);
    }

    /** The InstanceIDs, from the properties or (for instances made of names) from the path's key. */
    private static List<String> ids(List<CIMInstance> instances, boolean fromPath) {
        return instances.stream().map(i -> (String) (fromPath ? i.getObjectPath().getKeyValue("InstanceID") : i.getPropertyValue(
                "InstanceID"))).toList();
    }

    /** The instances of a pull enumeration (OpenEnumerateInstances, then PullInstancesWithPath), 7 at a time. */
    private List<CIMInstance> pulled(String className) throws Exception {
        UnsignedInteger32 page = new UnsignedInteger32(7);
        List<CIMInstance> out = new ArrayList<>();
        EnumerateResponse<CIMInstance> r = cim.client().enumerateInstances(Cim.classPath(
                className), true, false, null, null, null, new UnsignedInteger32(30), false, page);
        drainInto(r, out);
        while (!r.isEnd()) {
            r = cim.client().getInstancesWithPath(Cim.classPath(className), r.getContext(), page);
            drainInto(r, out);
        }
        return out;
    }

    private static void drainInto(EnumerateResponse<CIMInstance> r, List<CIMInstance> out)
            throws Exception {
        var it = r.getResponses();
        try {
            while (it.hasNext()) {
                out.add(it.next());
            }
        } finally {
            it.close();
        }
    }

    private CIMObjectPath snapshot(CIMObjectPath service, CIMObjectPath system, String name) throws Exception {
        CIMInstance settings = new CIMInstance(Cim.classPath("VEM_VirtualSystemSettingData"),
                new CIMProperty<?>[] {new CIMProperty<>("ElementName", CIMDataType.STRING_T, name)});
        Map<String, Object> out = cim.invokeAndWait(service, "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType("VEM_ComputerSystem"), system),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        CIMObjectPath snapshot = (CIMObjectPath) out.get("resultingsnapshot");
        assertThat(cim.get(snapshot).getPropertyValue("ElementName")).isEqualTo(name);
        return snapshot;
    }

    private boolean catchNotFound(CIMObjectPath path) {
        try {
            cim.get(path);
            return false;
        } catch (org.metricshub.wbem.javax.wbem.WBEMException e) {
            return e.getID() == org.metricshub.wbem.javax.wbem.WBEMException.CIM_ERR_NOT_FOUND;
        }
    }

    private CIMObjectPath system(String uuid) throws Exception {
        return cim.names("VEM_ComputerSystem").stream().filter(p -> uuid.equals(p.getKeyValue("Name"))).findFirst().orElseThrow(
                () -> new AssertionError("no system " + uuid));
    }

    private static long quantity(List<CIMInstance> templates, String role) {
        return templates.stream().filter(t -> ((String) t.getPropertyValue("InstanceID")).endsWith("/" + role)).findFirst()
                .map(t -> ((Number) t.getPropertyValue("VirtualQuantity")).longValue()).orElseThrow();
    }
}

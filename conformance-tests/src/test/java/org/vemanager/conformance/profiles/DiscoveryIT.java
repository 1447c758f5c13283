package org.vemanager.conformance.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;

/** Profile discovery as pywbem-style clients do it (DSP1033), from the interop namespace to the VMs. */
@ExtendWith(AgentExtension.class)
class DiscoveryIT {

    private static WBEMClient client;

    @BeforeAll
    static void connect(NodeAgentProcess agent) throws WBEMException {
        client = Clients.sblim(agent, NodeAgentProcess.READER);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static <T> List<T> all(CloseableIterator<T> it) {
        List<T> items = new ArrayList<>();
        while (it.hasNext()) {
            items.add(it.next());
        }
        it.close();
        return items;
    }

    static CIMObjectPath path(String namespace, String className) {
        return new CIMObjectPath(null, null, null, namespace, className, null);
    }

    @Test
    void findsTheInteropNamespaceByProbingAsClientsDo() throws WBEMException {
        String found = null;
        for (String candidate : List.of("interop", "root/interop", "root/PG_Interop")) {
            try {
                all(client.enumerateInstanceNames(path(candidate, "CIM_Namespace")));
                found = candidate;
                break;
            } catch (WBEMException e) {
                assertThat(e.getID()).as("probe of %s", candidate).isEqualTo(WBEMException.CIM_ERR_INVALID_NAMESPACE);
            }
        }
        assertThat(found).isEqualTo("interop");
        assertThatThrownBy(() -> all(client.enumerateInstanceNames(path("root/PG_Interop", "CIM_Namespace"))))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(3));
    }

    @Test
    void listsEveryNamespaceAndExactlyOneObjectManager() throws WBEMException {
        List<String> names = all(client.enumerateInstances(path("root/interop", "CIM_Namespace"), true, false, false, null))
                .stream().map(i -> String.valueOf(i.getPropertyValue("Name"))).toList();
        assertThat(names).contains("root/interop", "root/virt");
        assertThat(all(client.enumerateInstances(path("root/interop", "CIM_ObjectManager"), true, false, false, null)))
                .hasSize(1);
    }

    @Test
    void registersTheVirtualizationProfilesAndLinksThemToCentralInstances() throws WBEMException {
        List<CIMInstance> profiles = all(client.enumerateInstances(path("root/interop", "CIM_RegisteredProfile"), true, false,
                false, null));
        List<String> names = profiles.stream().map(p -> String.valueOf(p.getPropertyValue("RegisteredName"))).toList();
        assertThat(names).contains("System Virtualization", "Virtual System", "Profile Registration");
        for (CIMInstance profile : profiles) {
            assertThat(profile.getPropertyValue("RegisteredOrganization").toString()).isEqualTo("2");
            assertThat(profile.getPropertyValue("RegisteredVersion")).isNotNull();
        }
        CIMInstance systemVirtualization = profiles.stream()
                .filter(p -> "System Virtualization".equals(p.getPropertyValue("RegisteredName"))).findFirst().orElseThrow();
        List<CIMObjectPath> central = all(client.associatorNames(systemVirtualization.getObjectPath(),
                "CIM_ElementConformsToProfile", null, null, null));
        assertThat(central).isNotEmpty();
        assertThat(central.get(0).getNamespace()).isEqualTo("root/virt");

        CIMInstance virtualSystem = profiles.stream()
                .filter(p -> "Virtual System".equals(p.getPropertyValue("RegisteredName"))).findFirst().orElseThrow();
        List<CIMObjectPath> vms = all(client.associatorNames(virtualSystem.getObjectPath(), "CIM_ElementConformsToProfile",
                null, null, null));
        assertThat(vms).hasSize(4);
    }

    @Test
    void walksFromTheHostToItsVirtualSystemsAndBack() throws WBEMException {
        List<CIMObjectPath> hosts = all(client.enumerateInstanceNames(path("root/virt", "VEM_HostSystem")));
        assertThat(hosts).hasSize(1);
        // CIM_HostedService is a CIM_HostedDependency too (the host hosts its VSMS, each VM its guest relay),
        // so the walk names its result class both ways.
        List<CIMInstance> vms = all(client.associatorInstances(hosts.get(0), "CIM_HostedDependency", "CIM_ComputerSystem",
                null, null, false, null));
        assertThat(vms).extracting(vm -> vm.getPropertyValue("ElementName")).containsExactlyInAnyOrder("alpha", "beta",
                "gamma", "delta");
        for (CIMInstance vm : vms) {
            List<CIMObjectPath> back = all(client.associatorNames(vm.getObjectPath(), "CIM_HostedDependency",
                    "CIM_ComputerSystem", null, null));
            assertThat(back).extracting(CIMObjectPath::getObjectName).containsExactly("VEM_HostSystem");
        }
    }
}

package org.vemanager.conformance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.EnumerateResponse;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;

/** DSP0200 operations as the SBLIM client sends them: agreement between operations, error codes, pull paging. */
@ExtendWith(AgentExtension.class)
class OperationsIT {

    private static WBEMClient client;

    @BeforeAll
    static void connect(NodeAgentProcess agent) throws WBEMException {
        client = Clients.sblim(agent, NodeAgentProcess.READER);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static CIMObjectPath path(String className) {
        return new CIMObjectPath(null, null, null, "root/virt", className, null);
    }

    private static <T> List<T> all(CloseableIterator<T> it) {
        List<T> items = new ArrayList<>();
        while (it.hasNext()) {
            items.add(it.next());
        }
        it.close();
        return items;
    }

    @ParameterizedTest
    @ValueSource(strings = {"VEM_ComputerSystem", "VEM_HostSystem", "CIM_VirtualSystemSettingData",
        "CIM_ResourceAllocationSettingData", "CIM_VirtualSystemManagementService"})
    void enumerationAgreesWithGetInstanceAndWithNames(String className) throws WBEMException {
        List<CIMInstance> instances = all(client.enumerateInstances(path(className), true, false, false, null));
        List<CIMObjectPath> names = all(client.enumerateInstanceNames(path(className)));
        assertThat(instances).isNotEmpty();
        assertThat(names).hasSameSizeAs(instances);
        for (CIMInstance instance : instances) {
            CIMInstance fetched = client.getInstance(instance.getObjectPath(), false, false, null);
            assertThat(fetched.getProperties()).containsExactlyInAnyOrder(instance.getProperties());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 100})
    void pullEnumerationPagesAndAgreesWithEnumerateInstances(int pageSize) throws WBEMException {
        List<CIMInstance> classic = all(client.enumerateInstances(path("CIM_ResourceAllocationSettingData"), true, false,
                false, null));
        List<CIMInstance> pulled = new ArrayList<>();
        EnumerateResponse<CIMInstance> page = client.enumerateInstances(path("CIM_ResourceAllocationSettingData"), true,
                false, null, null, null, new UnsignedInteger32(30), false, new UnsignedInteger32(pageSize));
        pulled.addAll(all(page.getResponses()));
        while (!page.isEnd()) {
            assertThat(pulled.size()).isLessThanOrEqualTo(classic.size());
            page = client.getInstancesWithPath(path("CIM_ResourceAllocationSettingData"), page.getContext(),
                    new UnsignedInteger32(pageSize));
            pulled.addAll(all(page.getResponses()));
        }
        // Pulled instances carry full paths (VALUE.INSTANCEWITHPATH), classic ones only their keys
        // (VALUE.NAMEDINSTANCE): compare what names them, the class and the InstanceID key.
        Comparator<CIMInstance> byKey = Comparator.comparing(i -> i.getClassName() + "/" + i.getPropertyValue("InstanceID"));
        assertThat(pulled).usingElementComparator(byKey).containsExactlyInAnyOrderElementsOf(classic);
    }

    @Test
    void unknownNamespaceIsInvalidNamespace() {
        assertThatThrownBy(() -> all(client.enumerateInstanceNames(new CIMObjectPath(null, null, null, "root/nowhere",
                "CIM_ComputerSystem", null)))).isInstanceOfSatisfying(WBEMException.class,
                    e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_NAMESPACE));
    }

    @Test
    void unknownClassIsInvalidClass() {
        assertThatThrownBy(() -> all(client.enumerateInstanceNames(path("CIM_NoSuchThing"))))
                .isInstanceOfSatisfying(WBEMException.class,
                    e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_CLASS));
    }

    @Test
    void unknownInstanceIsNotFound() throws WBEMException {
        CIMObjectPath vm = all(client.enumerateInstanceNames(path("VEM_ComputerSystem"))).get(0);
        CIMObjectPath missing = new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem",
                new org.metricshub.wbem.javax.cim.CIMProperty<?>[] {
                    new org.metricshub.wbem.javax.cim.CIMProperty<>("CreationClassName",
                        org.metricshub.wbem.javax.cim.CIMDataType.STRING_T, "VEM_ComputerSystem", true, false, null),
                    new org.metricshub.wbem.javax.cim.CIMProperty<>("Name",
                        org.metricshub.wbem.javax.cim.CIMDataType.STRING_T, "00000000-0000-0000-0000-000000000000", true,
                        false, null)});
        assertThat(vm).isNotNull();
        assertThatThrownBy(() -> client.getInstance(missing, false, false, null)).isInstanceOfSatisfying(WBEMException.class,
                e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
    }

    @Test
    void classesAreServedWithQualifiers() throws WBEMException {
        var vssd = client.getClass(path("CIM_VirtualSystemSettingData"), false, true, true, null);
        assertThat(vssd.getSuperClassName()).isEqualTo("CIM_SettingData");
        assertThat(vssd.getProperty("InstanceID").getQualifier("Key")).isNotNull();
    }
}

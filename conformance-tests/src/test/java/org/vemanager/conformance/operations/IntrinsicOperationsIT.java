package org.vemanager.conformance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.EnumerateResponse;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.conformance.AgentExtension;
import org.vemanager.conformance.Clients;
import org.vemanager.conformance.NodeAgentProcess;
import org.vemanager.conformance.profiles.table.ProfileChecks;

/**
 * Every DSP0200 intrinsic operation a client can send, against a real agent: the class and qualifier
 * operations, the instance writes (on indication filters, the one writable class), queries, and the
 * whole pull family, each agreeing with its classic twin, and each failure with its DSP0200 code.
 */
@ExtendWith(AgentExtension.class)
class IntrinsicOperationsIT {

    private static final UnsignedInteger32 TIMEOUT = new UnsignedInteger32(30);
    private static WBEMClient reader;
    private static WBEMClient admin;

    @BeforeAll
    static void connect(NodeAgentProcess agent) throws WBEMException {
        reader = Clients.sblim(agent, NodeAgentProcess.READER);
        admin = Clients.sblim(agent, NodeAgentProcess.ADMIN);
    }

    @AfterAll
    static void close() {
        reader.close();
        admin.close();
    }

    private static CIMObjectPath path(String namespace, String className) {
        return new CIMObjectPath(null, null, null, namespace, className, null);
    }

    private static CIMObjectPath virt(String className) {
        return path("root/virt", className);
    }

    private static <T> List<T> all(CloseableIterator<T> it) {
        List<T> items = new ArrayList<>();
        try {
            while (it.hasNext()) {
                items.add(it.next());
            }
        } finally {
            it.close();
        }
        return items;
    }

    /** Every page of a pull enumeration, pulled {@code size} at a time with {@code next}. */
    private static <T> List<T> pulled(EnumerateResponse<T> first, PullNext<T> next) throws WBEMException {
        List<T> items = new ArrayList<>(all(first.getResponses()));
        EnumerateResponse<T> page = first;
        while (!page.isEnd()) {
            page = next.pull(page.getContext());
            items.addAll(all(page.getResponses()));
        }
        return items;
    }

    interface PullNext<T> {
        EnumerateResponse<T> pull(String context) throws WBEMException;
    }

    private static Set<String> names(List<CIMObjectPath> paths) {
        Set<String> names = new TreeSet<>();
        for (CIMObjectPath p : paths) {
            names.add(ProfileChecks.identity(p));
        }
        return names;
    }

    private static Set<String> instanceNames(List<CIMInstance> instances) {
        return names(instances.stream().map(CIMInstance::getObjectPath).toList());
    }

    private static void assertCimError(int code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).as("CIM status of %s", e.getMessage()).isEqualTo(code);
            assertThat(e.getMessage()).as("a CIM error says what is wrong").isNotBlank();
        });
    }

    private static CIMObjectPath firstVm() throws WBEMException {
        return all(reader.enumerateInstanceNames(virt("VEM_ComputerSystem"))).get(0);
    }

    // ---- classes and qualifiers ----

    @Test
    void classNamesClassesAndQualifiers() throws WBEMException {
        List<String> deep = all(reader.enumerateClassNames(virt("CIM_ComputerSystem"), true)).stream()
            .map(CIMObjectPath::getObjectName).toList();
        assertThat(deep).contains("VEM_ComputerSystem", "VEM_HostSystem");
        List<CIMClass> shallow = all(reader.enumerateClasses(virt("CIM_VirtualSystemManagementService"), false, false, true, false));
        assertThat(shallow).extracting(CIMClass::getName).contains("VEM_VirtualSystemManagementService");
        CIMClass vsms = reader.getClass(virt("VEM_VirtualSystemManagementService"), false, true, true, null);
        assertThat(vsms.getMethod("DefineSystem")).as("GetClass carries inherited methods").isNotNull();
        assertThat(vsms.getMethod("DefineSystem").getParameter("SystemSettings").getQualifierValue("EmbeddedInstance"))
            .isEqualTo("CIM_VirtualSystemSettingData");

        CIMQualifierType<?> key = reader.getQualifierType(new CIMObjectPath(null, null, null, "root/virt", "Key", null));
        assertThat(key.getName()).isEqualToIgnoringCase("Key");
        assertThat(all(reader.enumerateQualifierTypes(virt(null)))).extracting(CIMQualifierType::getName)
            .contains("Key", "ValueMap", "Values", "EmbeddedInstance", "Required");
        assertCimError(WBEMException.CIM_ERR_INVALID_CLASS, () -> reader.getClass(virt("CIM_NoSuchClass"), false, true, true, null));
        assertCimError(WBEMException.CIM_ERR_NOT_FOUND,
            () -> reader.getQualifierType(new CIMObjectPath(null, null, null, "root/virt", "NoSuchQualifier", null)));
    }

    @Test
    void classChangingOperationsAreNotSupported() throws WBEMException {
        CIMClass vsms = admin.getClass(virt("VEM_VirtualSystemManagementService"), true, true, false, null);
        assertCimError(WBEMException.CIM_ERR_NOT_SUPPORTED, () -> admin.createClass(new CIMClass(
            virt("VEM_Invented"), "CIM_ManagedElement", null, null, null, false, false)));
        assertCimError(WBEMException.CIM_ERR_NOT_SUPPORTED, () -> admin.modifyClass(vsms));
        assertCimError(WBEMException.CIM_ERR_NOT_SUPPORTED, () -> admin.deleteClass(virt("VEM_VirtualSystemManagementService")));
        assertThat(admin.getClass(virt("VEM_VirtualSystemManagementService"), true, true, false, null).getName())
            .isEqualTo("VEM_VirtualSystemManagementService");
    }

    // ---- instance writes ----

    private static CIMInstance filter(String name) {
        return new CIMInstance(path("root/interop", "CIM_IndicationFilter"), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, name),
            new CIMProperty<>("QueryLanguage", CIMDataType.STRING_T, "WQL"),
            new CIMProperty<>("Query", CIMDataType.STRING_T, "SELECT * FROM CIM_InstModification"),
            new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T, new String[] {"root/virt"})});
    }

    @Test
    void createModifyDeleteInstanceWithTheirErrors(NodeAgentProcess agent) throws WBEMException {
        WBEMClient operator = Clients.sblim(agent, NodeAgentProcess.OPERATOR);
        try {
            assertCimError(WBEMException.CIM_ERR_ACCESS_DENIED, () -> operator.createInstance(filter("ops-denied")));
        } finally {
            operator.close();
        }
        CIMObjectPath created = admin.createInstance(filter("ops-filter"));
        assertThat(created.getKeyValue("Name")).isEqualTo("ops-filter");
        assertThat(admin.getInstance(created, false, false, null).getPropertyValue("Query"))
            .isEqualTo("SELECT * FROM CIM_InstModification");
        assertCimError(WBEMException.CIM_ERR_ALREADY_EXISTS, () -> admin.createInstance(filter("ops-filter")));

        CIMInstance changed = new CIMInstance(created, new CIMProperty<?>[] {
            new CIMProperty<>("Query", CIMDataType.STRING_T, "SELECT * FROM CIM_InstCreation")});
        try {
            admin.modifyInstance(changed, new String[] {"Query"});
            assertThat(admin.getInstance(created, false, false, null).getPropertyValue("Query"))
                .isEqualTo("SELECT * FROM CIM_InstCreation");
        } catch (WBEMException e) {
            // DSP1054 lets a service refuse changes to a filter; then it must say so and change nothing.
            assertThat(e.getID()).isIn(WBEMException.CIM_ERR_NOT_SUPPORTED, WBEMException.CIM_ERR_FAILED);
            assertThat(admin.getInstance(created, false, false, null).getPropertyValue("Query"))
                .isEqualTo("SELECT * FROM CIM_InstModification");
        }
        assertCimError(WBEMException.CIM_ERR_ACCESS_DENIED, () -> reader.deleteInstance(created));
        admin.deleteInstance(created);
        assertCimError(WBEMException.CIM_ERR_NOT_FOUND, () -> admin.getInstance(created, false, false, null));
        assertCimError(WBEMException.CIM_ERR_NOT_FOUND, () -> admin.deleteInstance(created));
        assertCimError(WBEMException.CIM_ERR_NOT_SUPPORTED, () -> admin.createInstance(new CIMInstance(
            virt("VEM_HostSystem"), new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, "another-host")})));
    }

    // ---- queries ----

    @Test
    void execQueryAndOpenQueryInstancesAgreeWithEnumeration() throws WBEMException {
        List<CIMInstance> off = all(reader.enumerateInstances(virt("VEM_ComputerSystem"), true, false, false, null)).stream()
            .filter(i -> ((Number) i.getPropertyValue("EnabledState")).intValue() == 3).toList();
        assertThat(off).isNotEmpty();
        String wql = "SELECT * FROM VEM_ComputerSystem WHERE EnabledState = 3";
        // The queries go to the namespace; the SBLIM client wants a class name in the path all the same.
        CIMObjectPath ns = virt("VEM_ComputerSystem");
        List<CIMInstance> queried = all(reader.execQuery(ns, wql, "WQL"));
        List<CIMInstance> cql = all(reader.execQuery(ns, wql, "DMTF:CQL"));
        List<CIMInstance> pulled = pulled(reader.execQueryInstances(ns, wql, "WQL", false, TIMEOUT, false,
            new UnsignedInteger32(1), null), ctx -> reader.getInstances(ns, ctx, new UnsignedInteger32(1)));
        Function<List<CIMInstance>, Set<String>> elementNames = l -> new TreeSet<>(l.stream()
            .map(i -> String.valueOf(i.getPropertyValue("ElementName"))).toList());
        assertThat(elementNames.apply(queried)).isEqualTo(elementNames.apply(off));
        assertThat(elementNames.apply(cql)).isEqualTo(elementNames.apply(off));
        assertThat(elementNames.apply(pulled)).isEqualTo(elementNames.apply(off));

        assertCimError(WBEMException.CIM_ERR_QUERY_LANGUAGE_NOT_SUPPORTED, () -> all(reader.execQuery(ns, wql, "SQL-92")));
        assertCimError(WBEMException.CIM_ERR_INVALID_QUERY, () -> all(reader.execQuery(ns, "SELEKT nothing", "WQL")));
    }

    // ---- the pull family ----

    @Test
    void enumerateInstancePathsAgreesWithEnumerateInstanceNames() throws WBEMException {
        CIMObjectPath rasd = virt("CIM_ResourceAllocationSettingData");
        Set<String> classic = names(all(reader.enumerateInstanceNames(rasd)));
        List<CIMObjectPath> pulled = pulled(reader.enumerateInstancePaths(rasd, null, null, TIMEOUT, false, new UnsignedInteger32(2)),
            ctx -> reader.getInstancePaths(rasd, ctx, new UnsignedInteger32(2)));
        assertThat(names(pulled)).isEqualTo(classic).isNotEmpty();
    }

    @Test
    void openAssociatorsAndReferencesAgreeWithTheClassicOperations() throws WBEMException {
        CIMObjectPath host = all(reader.enumerateInstanceNames(virt("VEM_HostSystem"))).get(0);
        Set<String> classic = names(all(reader.associatorNames(host, "CIM_HostedDependency", "CIM_ComputerSystem", null, null)));
        List<CIMInstance> instances = pulled(reader.associators(host, "CIM_HostedDependency", "CIM_ComputerSystem", null, null, false,
            null, null, null, TIMEOUT, false, new UnsignedInteger32(1)),
            ctx -> reader.getInstancesWithPath(host, ctx, new UnsignedInteger32(1)));
        List<CIMObjectPath> paths = pulled(reader.associatorPaths(host, "CIM_HostedDependency", "CIM_ComputerSystem", null, null,
            null, null, TIMEOUT, false, new UnsignedInteger32(1)), ctx -> reader.getInstancePaths(host, ctx, new UnsignedInteger32(1)));
        assertThat(classic).as("the host's four VMs").hasSize(4);
        assertThat(instanceNames(instances)).isEqualTo(classic);
        assertThat(names(paths)).isEqualTo(classic);

        Set<String> refs = names(all(reader.referenceNames(host, "CIM_HostedDependency", "Antecedent")));
        List<CIMInstance> refInstances = pulled(reader.references(host, "CIM_HostedDependency", "Antecedent", false, null, null, null,
            TIMEOUT, false, new UnsignedInteger32(3)), ctx -> reader.getInstancesWithPath(host, ctx, new UnsignedInteger32(3)));
        List<CIMObjectPath> refPaths = pulled(reader.referencePaths(host, "CIM_HostedDependency", "Antecedent", null, null, TIMEOUT,
            false, new UnsignedInteger32(3)), ctx -> reader.getInstancePaths(host, ctx, new UnsignedInteger32(3)));
        assertThat(refs).as("HostedDependency and its subclass HostedService").hasSizeGreaterThan(4);
        assertThat(instanceNames(refInstances)).isEqualTo(refs);
        assertThat(names(refPaths)).isEqualTo(refs);
    }

    @Test
    void aClosedEnumerationContextIsInvalid() throws WBEMException {
        CIMObjectPath rasd = virt("CIM_ResourceAllocationSettingData");
        EnumerateResponse<CIMInstance> first = reader.enumerateInstances(rasd, true, false, null, null, null, TIMEOUT, false,
            new UnsignedInteger32(1));
        assertThat(first.isEnd()).isFalse();
        String context = first.getContext();
        // EnumerationCount is checked on the wire (WireProtocolIT): the SBLIM client cannot read the
        // NULL that DSP0200 lets a server answer when it does not know the count.
        reader.closeEnumeration(rasd, context);
        assertCimError(WBEMException.CIM_ERR_INVALID_ENUMERATION_CONTEXT,
            () -> reader.getInstancesWithPath(rasd, context, new UnsignedInteger32(1)));
        assertCimError(WBEMException.CIM_ERR_INVALID_ENUMERATION_CONTEXT,
            () -> reader.getInstancesWithPath(rasd, "no-such-context", new UnsignedInteger32(1)));
    }

    // ---- extrinsic methods ----

    @Test
    void unknownMethodsAndParametersAreRefusedWithTheirCodes() throws WBEMException {
        CIMObjectPath vm = firstVm();
        assertCimError(WBEMException.CIM_ERR_METHOD_NOT_FOUND,
            () -> admin.invokeMethod(vm, "NoSuchMethod", new CIMArgument<?>[0], new CIMArgument<?>[1]));
        // The role is checked before anything else is looked at: a reader learns nothing about methods.
        assertCimError(WBEMException.CIM_ERR_ACCESS_DENIED,
            () -> reader.invokeMethod(vm, "NoSuchMethod", new CIMArgument<?>[0], new CIMArgument<?>[1]));
        assertCimError(WBEMException.CIM_ERR_INVALID_PARAMETER, () -> admin.invokeMethod(vm, "RequestStateChange",
            new CIMArgument<?>[] {new CIMArgument<>("NoSuchParameter", CIMDataType.UINT16_T, new UnsignedInteger16(2))},
            new CIMArgument<?>[1]));
    }
}

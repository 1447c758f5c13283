package org.vemanager.console.client;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.security.auth.Subject;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.metricshub.wbem.sblim.cimclient.WBEMClientSBLIM;

/**
 * One logged-in connection to a node-agent, speaking only standard CIM operations. Thread-safe for
 * the console's use: the SBLIM client pools its HTTP connections.
 */
public final class NodeSession implements AutoCloseable {

    public static final String VIRT = "root/virt";
    public static final String INTEROP = "root/interop";
    static final String VM_CLASS = "VEM_ComputerSystem";
    static final String RASD_CLASS = "CIM_ResourceAllocationSettingData";
    static final String VSMS_CLASS = "CIM_VirtualSystemManagementService";
    /**
     * The InstanceID of a VM's own RASD, {@code VEM:<uuid>/<kind>…}, with the UUID as group 1. The node also
     * enumerates the RASDs saved with each snapshot ({@code VEM:<uuid>/snapshot/<name>/<kind>…}) and the
     * templates of allocation capabilities ({@code VEM:pool/…}); neither is the VM's present size.
     */
    private static final Pattern OWN_RASD = Pattern.compile(
            "^VEM:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/(?!snapshot/)");
    private static final int TIMEOUT_MS = 15_000;

    /** Every session of this console writes its method calls here (see the CIM log view). */
    public static final CimLog LOG = new CimLog();

    private final NodeEndpoint endpoint;
    private final WBEMClient client;
    private final PinningTrustManager trust;

    private NodeSession(NodeEndpoint endpoint, WBEMClient client, PinningTrustManager trust) {
        this.endpoint = endpoint;
        this.client = client;
        this.trust = trust;
    }

    /**
     * Logs in and checks the node answers (so a wrong password or an unpinned certificate shows at
     * once). Throws {@link UnpinnedCertificateException} (as the cause of a WBEMException or directly)
     * when the node's certificate is not the pinned one.
     */
    public static NodeSession open(NodeEndpoint endpoint, char[] password, CertificatePins pins) throws WBEMException {
        WBEMClient client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        PinningTrustManager trust = null;
        if ("https".equals(endpoint.url().getScheme())) {
            trust = new PinningTrustManager(pins, endpoint.hostPort());
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] {trust}, null);
                ((WBEMClientSBLIM) client).setCustomSocketFactory(tls.getSocketFactory());
            } catch (GeneralSecurityException e) {
                throw new WBEMException(WBEMException.CIM_ERR_FAILED, "TLS is not available: " + e.getMessage());
            }
        }
        CIMObjectPath server = new CIMObjectPath(endpoint.url().getScheme(), endpoint.url().getHost(),
                String.valueOf(endpoint.port()), null, null, null);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(endpoint.user()));
        subject.getPrivateCredentials().add(new PasswordCredential(password));
        client.initialize(server, subject, new Locale[] {Locale.getDefault()});
        client.setProperty("sblim.wbem.httpTimeout", String.valueOf(TIMEOUT_MS));
        NodeSession session = new NodeSession(endpoint, client, trust);
        try {
            session.ping();
        } catch (WBEMException e) {
            session.close();
            if (trust != null && trust.lastRefusal() != null) {
                throw new WBEMException(WBEMException.CIM_ERR_FAILED, trust.lastRefusal().getMessage(), null,
                        trust.lastRefusal());
            }
            throw e;
        }
        return session;
    }

    public NodeEndpoint endpoint() {
        return endpoint;
    }

    /** The wbem-java client, for the CIM browser's generic operations. */
    public WBEMClient client() {
        return client;
    }

    /** A cheap request that proves the node answers and accepts our credentials. */
    public void ping() throws WBEMException {
        Results.list(client.enumerateInstanceNames(path(INTEROP, "CIM_ObjectManager")));
    }

    /** Every VM of the node with its state, vCPUs and memory: two enumerations, whatever the count. */
    public List<VmSummary> listVms() throws WBEMException {
        return withSizes(listVmStates());
    }

    /**
     * Every VM of the node with its name and state, vCPUs and memory not yet known (-1): one enumeration,
     * so views can show the VMs before the larger enumeration of their resources ({@link #withSizes}).
     */
    public List<VmSummary> listVmStates() throws WBEMException {
        List<VmSummary> vms = new ArrayList<>();
        for (CIMInstance vm : Results.list(client.enumerateInstances(path(VIRT, VM_CLASS), true, false, false,
                new String[] {"Name", "ElementName", "EnabledState"}))) {
            vms.add(new VmSummary(endpoint.label(), vm.getObjectPath(), string(vm, "Name"), string(vm, "ElementName"),
                    VmState.ofEnabledState((Number) value(vm, "EnabledState")), -1, -1));
        }
        return vms;
    }

    /** The same VMs with their vCPUs and memory, from one enumeration of the node's RASDs. */
    public List<VmSummary> withSizes(List<VmSummary> vms) throws WBEMException {
        Map<String, long[]> sizes = resourceSizesByUuid();
        List<VmSummary> sized = new ArrayList<>(vms.size());
        for (VmSummary vm : vms) {
            long[] size = sizes.getOrDefault(vm.uuid() == null ? "" : vm.uuid().toLowerCase(Locale.ROOT), new long[] {-1, -1});
            sized.add(vm.withSize((int) size[0], size[1]));
        }
        return sized;
    }

    /** vCPUs (ResourceType 3) and memory in MiB (ResourceType 4) per VM UUID, from the RASDs' InstanceIDs. */
    private Map<String, long[]> resourceSizesByUuid() throws WBEMException {
        Map<String, long[]> sizes = new HashMap<>();
        for (CIMInstance rasd : Results.list(client.enumerateInstances(path(VIRT, RASD_CLASS), true, false, false,
                new String[] {"InstanceID", "ResourceType", "VirtualQuantity", "AllocationUnits"}))) {
            String uuid = vmOfOwnRasd(String.valueOf(value(rasd, "InstanceID")));
            Object type = value(rasd, "ResourceType");
            Object quantity = value(rasd, "VirtualQuantity");
            if (uuid == null || !(type instanceof Number t) || !(quantity instanceof Number q)) {
                continue;
            }
            long[] size = sizes.computeIfAbsent(uuid, k -> new long[] {-1, -1});
            if (t.intValue() == 3) {
                size[0] = q.longValue();
            } else if (t.intValue() == 4) {
                size[1] = AllocationUnits.toMiB(q.longValue(), string(rasd, "AllocationUnits"));
            }
        }
        return sizes;
    }

    /** The UUID (lower case) of the VM whose own RASD has this InstanceID; null for a snapshot's RASD, a template or another id. */
    static String vmOfOwnRasd(String instanceId) {
        Matcher m = OWN_RASD.matcher(instanceId);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The outcome of a method that may run as a job, with its output parameters (by lower-case name). */
    public record MethodOutcome(long returnCode, CIMObjectPath job, Map<String, Object> outputs) {
        public boolean ok() {
            return returnCode == 0 || returnCode == 4096;
        }

        /** The output parameter {@code name} (any case), or null when the method did not return it. */
        public Object output(String name) {
            return outputs.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public MethodOutcome requestStateChange(CIMObjectPath vm, VmAction action) throws WBEMException {
        CIMArgument<?>[] in = {new CIMArgument<>("RequestedState", CIMDataType.UINT16_T,
            new UnsignedInteger16(action.requestedState()))};
        return invoke(vm, "RequestStateChange", in);
    }

    /** Removes the VM's definition (DestroySystem). */
    public MethodOutcome destroy(CIMObjectPath vm) throws WBEMException {
        return invoke(managementService(), "DestroySystem",
                new CIMArgument<?>[] {new CIMArgument<>("AffectedSystem", new CIMDataType(vm.getObjectName()), vm)});
    }

    /** Defines a new VM from a VSSD and its RASDs (DefineSystem) and returns the new system's path. */
    public CIMObjectPath define(CIMInstance systemSettings, CIMInstance[] resourceSettings) throws WBEMException {
        CIMArgument<?>[] in = {
            new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, systemSettings),
            new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, resourceSettings)};
        CIMArgument<?>[] out = new CIMArgument<?>[3];
        Object result = client.invokeMethod(managementService(), "DefineSystem", in, out);
        long code = ((Number) result).longValue();
        LOG.record(endpoint.label(), "InvokeMethod DefineSystem", managementService(), describe(in), String.valueOf(code));
        if (code != 0 && code != 4096) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "DefineSystem: " + CimErrors.returnCode(code));
        }
        return (CIMObjectPath) outValue(out, "ResultingSystem");
    }

    /** Changes one resource of a VM (ModifyResourceSettings with the edited RASD). */
    public MethodOutcome modifyResource(CIMInstance editedRasd) throws WBEMException {
        return invoke(managementService(), "ModifyResourceSettings", new CIMArgument<?>[] {
            new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {editedRasd})});
    }

    /** The VM's RASD of {@code resourceType} (3 processor, 4 memory), through its settings. */
    public CIMInstance resourceSettings(CIMObjectPath vm, int resourceType) throws WBEMException {
        for (CIMInstance vssd : Results.list(client.associatorInstances(vm, "CIM_SettingsDefineState", null, null, null,
                false, null))) {
            for (CIMInstance rasd : Results.list(client.associatorInstances(vssd.getObjectPath(),
                    "CIM_VirtualSystemSettingDataComponent", null, null, null, false, null))) {
                if (value(rasd, "ResourceType") instanceof Number n && n.intValue() == resourceType) {
                    return rasd;
                }
            }
        }
        throw new WBEMException(WBEMException.CIM_ERR_NOT_FOUND, "the VM has no resource of type " + resourceType);
    }

    public MethodOutcome invoke(CIMObjectPath target, String method, CIMArgument<?>[] in) throws WBEMException {
        CIMArgument<?>[] out = new CIMArgument<?>[4];
        try {
            Object result = client.invokeMethod(target, method, in, out);
            long code = result instanceof Number n ? n.longValue() : 0;
            LOG.record(endpoint.label(), "InvokeMethod " + method, target, describe(in), String.valueOf(code));
            Map<String, Object> outputs = new HashMap<>();
            for (CIMArgument<?> argument : out) {
                if (argument != null && argument.getValue() != null) {
                    outputs.put(argument.getName().toLowerCase(Locale.ROOT), argument.getValue());
                }
            }
            return new MethodOutcome(code, (CIMObjectPath) outValue(out, "Job"), Map.copyOf(outputs));
        } catch (WBEMException e) {
            LOG.record(endpoint.label(), "InvokeMethod " + method, target, describe(in), CimErrors.describe(e));
            throw e;
        }
    }

    private static String describe(CIMArgument<?>[] arguments) {
        StringBuilder text = new StringBuilder();
        for (CIMArgument<?> argument : arguments) {
            if (text.length() > 0) {
                text.append(", ");
            }
            Object value = argument.getValue();
            text.append(argument.getName()).append('=').append(value instanceof Object[] array ? java.util.Arrays.toString(array) : value);
        }
        return text.toString();
    }

    private CIMObjectPath managementService() throws WBEMException {
        List<CIMObjectPath> services = Results.list(client.enumerateInstanceNames(path(VIRT, VSMS_CLASS)));
        if (!services.isEmpty()) {
            return services.get(0);
        }
        throw new WBEMException(WBEMException.CIM_ERR_NOT_FOUND, "the node has no virtual system management service");
    }

    /**
     * The node's host system, the scoping instance of its profiles, named by the System keys every
     * CIM_Service carries (here the management service's), so no vendor class name is needed.
     */
    public CIMObjectPath hostSystem() throws WBEMException {
        CIMObjectPath service = managementService();
        Object className = service.getKeyValue("SystemCreationClassName");
        Object name = service.getKeyValue("SystemName");
        if (className == null || name == null) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "the management service does not name its host system");
        }
        return new CIMObjectPath(null, null, null, VIRT, className.toString(), new CIMProperty<?>[] {
            new CIMProperty<>("CreationClassName", CIMDataType.STRING_T, className.toString(), true, false, null),
            new CIMProperty<>("Name", CIMDataType.STRING_T, name.toString(), true, false, null)});
    }

    static CIMObjectPath path(String namespace, String className) {
        return new CIMObjectPath(null, null, null, namespace, className, null);
    }

    private static Object outValue(CIMArgument<?>[] out, String name) {
        for (CIMArgument<?> argument : out) {
            if (argument != null && name.equalsIgnoreCase(argument.getName())) {
                return argument.getValue();
            }
        }
        return null;
    }

    static Object value(CIMInstance instance, String property) {
        CIMProperty<?> p = instance.getProperty(property);
        return p == null ? null : p.getValue();
    }

    static String string(CIMInstance instance, String property) {
        Object v = value(instance, property);
        return v == null ? null : v.toString();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return endpoint.label();
    }
}

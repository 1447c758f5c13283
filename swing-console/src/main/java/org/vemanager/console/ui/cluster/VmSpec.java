package org.vemanager.console.ui.cluster;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.console.client.NodeSession;

/**
 * What the create-VM dialog asks for, turned into the standard DefineSystem input: a
 * CIM_VirtualSystemSettingData and one CIM_ResourceAllocationSettingData per resource (DSP1057,
 * DSP1041), the same instances any WBEM client would send.
 *
 * @param pool the storage pool for a new disk, or null for no disk
 * @param network the virtual network for a NIC, or null for none
 */
public record VmSpec(String name, int vcpus, long memoryMiB, String pool, long diskGiB, String network) {

    public VmSpec {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("Name: use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (vcpus < 1 || vcpus > 512) {
            throw new IllegalArgumentException("vCPUs: between 1 and 512");
        }
        if (memoryMiB < 16) {
            throw new IllegalArgumentException("Memory: at least 16 MiB");
        }
        if (pool != null && diskGiB < 1) {
            throw new IllegalArgumentException("Disk: at least 1 GiB");
        }
    }

    public CIMInstance systemSettings() {
        return instance("CIM_VirtualSystemSettingData", List.of(
                string("ElementName", name), string("VirtualSystemIdentifier", name)));
    }

    public CIMInstance[] resourceSettings() {
        List<CIMInstance> rasds = new ArrayList<>();
        rasds.add(rasd(3, vcpus, "count", null, null));
        rasds.add(rasd(4, memoryMiB, "byte*2^20", null, null));
        if (pool != null) {
            rasds.add(rasd(17, diskGiB, "byte*2^30", pool, null));
        }
        if (network != null) {
            rasds.add(rasd(10, 1, "count", null, network));
        }
        return rasds.toArray(CIMInstance[]::new);
    }

    private static CIMInstance rasd(int type, long quantity, String units, String pool, String connection) {
        List<CIMProperty<?>> properties = new ArrayList<>(List.of(
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(type)),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(quantity))),
                string("AllocationUnits", units)));
        if (pool != null) {
            properties.add(string("PoolID", pool));
        }
        if (connection != null) {
            properties.add(new CIMProperty<>("Connection", CIMDataType.STRING_ARRAY_T, new String[] {connection}));
        }
        return instance("CIM_ResourceAllocationSettingData", properties);
    }

    private static CIMProperty<String> string(String name, String value) {
        return new CIMProperty<>(name, CIMDataType.STRING_T, value);
    }

    private static CIMInstance instance(String className, List<CIMProperty<?>> properties) {
        return new CIMInstance(new CIMObjectPath(null, null, null, NodeSession.VIRT, className, null),
                properties.toArray(CIMProperty<?>[]::new));
    }
}

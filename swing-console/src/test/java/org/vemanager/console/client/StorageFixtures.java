package org.vemanager.console.client;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.WBEMException;

/** What the storage tests set up on a node through the console's own client: a VM whose disk is a volume. */
public final class StorageFixtures {

    private StorageFixtures() {
    }

    /** Defines VM {@code name} (1 vCPU, 256 MiB) with disk vda on {@code hostResource}, e.g. what createVolume returned. */
    public static CIMObjectPath defineVmOnVolume(NodeSession session, String name, String hostResource) throws WBEMException {
        CIMInstance system = instance("CIM_VirtualSystemSettingData", new CIMProperty<?>[] {
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, name)});
        CIMInstance[] resources = {
            rasd(3, 1, "count", null), rasd(4, 256, "byte*2^20", null), rasd(17, 0, null, hostResource)};
        return session.define(system, resources);
    }

    private static CIMInstance rasd(int type, long quantity, String units, String hostResource) {
        if (hostResource != null) {
            return instance(NodeSession.RASD_CLASS, new CIMProperty<?>[] {
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(type)),
                new CIMProperty<>("HostResource", CIMDataType.STRING_ARRAY_T, new String[] {hostResource})});
        }
        return instance(NodeSession.RASD_CLASS, new CIMProperty<?>[] {
            new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(type)),
            new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(quantity))),
            new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units)});
    }

    private static CIMInstance instance(String className, CIMProperty<?>[] properties) {
        return new CIMInstance(NodeSession.path(NodeSession.VIRT, className), properties);
    }
}

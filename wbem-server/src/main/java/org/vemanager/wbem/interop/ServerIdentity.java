package org.vemanager.wbem.interop;

import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Who the object manager is: the keys shared by CIM_ObjectManager, CIM_Namespace, the
 * communication mechanism and the indication classes (all scoped by the hosting system).
 *
 * @param hostName the host's name: SystemName of every scoped instance
 * @param systemCreationClassName the class of the hosting system, e.g. {@code VEM_HostSystem}
 * @param systemNamespace where the hosting system instance lives, e.g. {@code root/virt}
 * @param objectManagerName Name of the single CIM_ObjectManager
 */
public record ServerIdentity(String hostName, String systemCreationClassName, String systemNamespace, String objectManagerName) {

    /** Defaults for {@code hostName}: the system as a CIM_ComputerSystem in root/virt. */
    public static ServerIdentity of(String hostName) {
        return new ServerIdentity(hostName, "CIM_ComputerSystem", "root/virt", "VE-manager:" + hostName);
    }

    /** The hosting system's path (CIM_System keys CreationClassName and Name). */
    public CIMObjectPath systemPath() {
        return Paths.of(systemNamespace, systemCreationClassName, "CreationClassName", systemCreationClassName, "Name", hostName);
    }
}

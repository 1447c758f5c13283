package org.vemanager.provider.mapping;

/**
 * Every class name and the namespace the virtualization providers serve, in one place so that a rename
 * in the MOF is one edit here.
 */
public final class CimNames {

    public static final String NAMESPACE = "root/virt";

    public static final String HOST_SYSTEM = "VEM_HostSystem";
    public static final String COMPUTER_SYSTEM = "VEM_ComputerSystem";
    public static final String VSSD = "VEM_VirtualSystemSettingData";
    public static final String PROCESSOR_RASD = "VEM_ProcessorRASD";
    public static final String MEMORY_RASD = "VEM_MemoryRASD";
    public static final String DISK_RASD = "VEM_DiskRASD";
    public static final String NETWORK_PORT_RASD = "VEM_NetworkPortRASD";
    public static final String GRAPHICS_RASD = "VEM_GraphicsRASD";
    public static final String INPUT_RASD = "VEM_InputRASD";
    public static final String CONTROLLER_RASD = "VEM_ControllerRASD";
    public static final String VSMS = "VEM_VirtualSystemManagementService";
    public static final String VSMS_CAPABILITIES = "VEM_VirtualSystemManagementCapabilities";
    public static final String ELEMENT_CAPABILITIES_OF_SYSTEM = "VEM_EnabledLogicalElementCapabilities";
    public static final String PROCESSOR = "VEM_Processor";
    public static final String MEMORY = "VEM_Memory";
    public static final String LOGICAL_DISK = "VEM_LogicalDisk";
    public static final String NETWORK_PORT = "VEM_NetworkPort";
    public static final String HOSTED_DEPENDENCY = "VEM_HostedDependency";
    public static final String HOSTED_SERVICE = "VEM_HostedService";
    public static final String ELEMENT_CAPABILITIES = "VEM_ElementCapabilities";
    public static final String SETTINGS_DEFINE_STATE = "VEM_SettingsDefineState";
    public static final String ELEMENT_SETTING_DATA = "VEM_ElementSettingData";
    public static final String VSSD_COMPONENT = "VEM_VirtualSystemSettingDataComponent";
    public static final String SYSTEM_DEVICE = "VEM_SystemDevice";
    public static final String CONCRETE_JOB = "VEM_ConcreteJob";

    /** Prefix of every InstanceID we hand out (DSP0004: a unique organization name, then a colon). */
    public static final String INSTANCE_ID_PREFIX = "VEM:";

    private CimNames() {
    }
}

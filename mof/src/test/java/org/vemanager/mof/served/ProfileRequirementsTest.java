package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.mof.served.CimFacts.flag;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.vemanager.mof.ServedClasses;

/**
 * What clients of the profiles we register rely on (PROFILES.md, the DSPs), as a table: one row
 * per required property or method, with a method's exact parameter list. A row names the class
 * clients ask for; inheritance must carry the member down to our VEM_ classes, which rows check too.
 */
class ProfileRequirementsTest {

    /**
     * namespace | class | property, or method(parameters in DMTF's order); a trailing backslash continues a row.
     * Parameters are matched by name: CIM-XML passes them by name, and javax.cim keeps them sorted.
     */
    private static final String TABLE = """
        root/virt | CIM_ComputerSystem | Name
        root/virt | CIM_ComputerSystem | ElementName
        root/virt | CIM_ComputerSystem | EnabledState
        root/virt | CIM_ComputerSystem | RequestedState
        root/virt | CIM_ComputerSystem | RequestStateChange(RequestedState, Job, TimeoutPeriod)
        root/virt | VEM_ComputerSystem | RequestStateChange(RequestedState, Job, TimeoutPeriod)
        root/virt | VEM_HostSystem | HypervisorDriver
        root/virt | VEM_HostSystem | LibvirtURI
        root/virt | CIM_EnabledLogicalElementCapabilities | RequestedStatesSupported
        root/virt | CIM_VirtualSystemSettingData | InstanceID
        root/virt | CIM_VirtualSystemSettingData | VirtualSystemIdentifier
        root/virt | CIM_VirtualSystemSettingData | VirtualSystemType
        root/virt | CIM_VirtualSystemManagementService | DefineSystem(SystemSettings, ResourceSettings, \
            ReferenceConfiguration, ResultingSystem, Job)
        root/virt | CIM_VirtualSystemManagementService | DestroySystem(AffectedSystem, Job)
        root/virt | CIM_VirtualSystemManagementService | ModifySystemSettings(SystemSettings, Job)
        root/virt | CIM_VirtualSystemManagementService | AddResourceSettings(AffectedConfiguration, ResourceSettings, \
            ResultingResourceSettings, Job)
        root/virt | CIM_VirtualSystemManagementService | ModifyResourceSettings(ResourceSettings, ResultingResourceSettings, Job)
        root/virt | CIM_VirtualSystemManagementService | RemoveResourceSettings(ResourceSettings, Job)
        root/virt | VEM_VirtualSystemManagementService | DefineSystem(SystemSettings, ResourceSettings, \
            ReferenceConfiguration, ResultingSystem, Job)
        root/virt | CIM_VirtualSystemManagementCapabilities | SynchronousMethodsSupported
        root/virt | CIM_VirtualSystemManagementCapabilities | AsynchronousMethodsSupported
        root/virt | CIM_ResourceAllocationSettingData | ResourceType
        root/virt | CIM_ResourceAllocationSettingData | VirtualQuantity
        root/virt | CIM_ResourceAllocationSettingData | AllocationUnits
        root/virt | CIM_ResourceAllocationSettingData | Reservation
        root/virt | CIM_ResourceAllocationSettingData | Limit
        root/virt | CIM_ResourceAllocationSettingData | Weight
        root/virt | CIM_ResourceAllocationSettingData | Parent
        root/virt | CIM_ResourceAllocationSettingData | Connection
        root/virt | CIM_ResourceAllocationSettingData | HostResource
        root/virt | CIM_ResourceAllocationSettingData | PoolID
        root/virt | VEM_DiskRASD | HostResource
        root/virt | VEM_NetworkPortRASD | Address
        root/virt | CIM_ResourcePool | PoolID
        root/virt | CIM_ResourcePool | ResourceType
        root/virt | CIM_ResourcePool | Capacity
        root/virt | CIM_ResourcePool | Reserved
        root/virt | CIM_ResourcePool | Primordial
        root/virt | CIM_ResourcePoolConfigurationService | CreateResourcePool(ElementName, HostResources, ResourceType, Pool, Job)
        root/virt | CIM_ResourcePoolConfigurationService | DeleteResourcePool(Pool, Job)
        root/virt | CIM_AllocationCapabilities | ResourceType
        root/virt | CIM_SettingsDefineCapabilities | ValueRole
        root/virt | CIM_SettingsDefineCapabilities | ValueRange
        root/virt | CIM_VirtualSystemSnapshotService | CreateSnapshot(AffectedSystem, SnapshotSettings, SnapshotType, \
            ResultingSnapshot, Job)
        root/virt | CIM_VirtualSystemSnapshotService | DestroySnapshot(AffectedSnapshot, Job)
        root/virt | CIM_VirtualSystemSnapshotService | ApplySnapshot(Snapshot, Job)
        root/virt | CIM_VirtualSystemMigrationService | MigrateVirtualSystemToHost(ComputerSystem, DestinationHost, \
            MigrationSettingData, NewSystemSettingData, NewResourceSettingData, Job)
        root/virt | CIM_VirtualSystemMigrationService | CheckVirtualSystemIsMigratableToHost(ComputerSystem, \
            DestinationHost, MigrationSettingData, NewSystemSettingData, NewResourceSettingData, IsMigratable)
        root/virt | CIM_VirtualSystemMigrationSettingData | MigrationType
        root/virt | CIM_VirtualSystemMigrationSettingData | Priority
        root/virt | CIM_KVMRedirectionSAP | KVMProtocol
        root/virt | CIM_KVMRedirectionSAP | EnabledState
        root/virt | VEM_TCPProtocolEndpoint | PortNumber
        root/virt | VEM_SAPAvailableForElement | AvailableSAP
        root/virt | VEM_BindsTo | Antecedent
        root/virt | CIM_ConcreteJob | InstanceID
        root/virt | CIM_ConcreteJob | JobState
        root/virt | CIM_ConcreteJob | PercentComplete
        root/virt | CIM_ConcreteJob | ErrorCode
        root/virt | CIM_ConcreteJob | ErrorDescription
        root/virt | CIM_ConcreteJob | TimeBeforeRemoval
        root/virt | CIM_ConcreteJob | GetError(Error)
        root/virt | VEM_ConcreteJob | GetError(Error)
        root/virt | CIM_BaseMetricDefinition | Id
        root/virt | CIM_BaseMetricValue | MetricValue
        root/virt | VEM_UnixProcess | SendSignal(Signal)
        root/virt | VEM_GuestService | StartService()
        root/virt | VEM_GuestService | StopService()
        root/virt | VEM_GuestService | EnableService()
        root/virt | VEM_GuestService | DisableService()
        root/virt | VEM_AccountManagementService | CreateAccount(System, AccountTemplate, Account, Identities)
        root/virt | VEM_Account | UserID
        root/virt | VEM_Group | Name
        root/virt | VEM_GuestOperatingSystem | OSType
        root/virt | CIM_RegisteredProfile | RegisteredName
        root/virt | CIM_ElementConformsToProfile | ConformantStandard
        root/interop | CIM_RegisteredProfile | InstanceID
        root/interop | CIM_RegisteredProfile | RegisteredOrganization
        root/interop | CIM_RegisteredProfile | RegisteredName
        root/interop | CIM_RegisteredProfile | RegisteredVersion
        root/interop | CIM_ElementConformsToProfile | ConformantStandard
        root/interop | CIM_ElementConformsToProfile | ManagedElement
        root/interop | CIM_ReferencedProfile | Antecedent
        root/interop | CIM_ReferencedProfile | Dependent
        root/interop | CIM_Namespace | Name
        root/interop | CIM_ObjectManager | Name
        root/interop | CIM_CIMXMLCommunicationMechanism | CIMXMLProtocolVersion
        root/interop | CIM_NamespaceInManager | Antecedent
        root/interop | CIM_IndicationFilter | Query
        root/interop | CIM_IndicationFilter | QueryLanguage
        root/interop | CIM_IndicationFilter | SourceNamespaces
        root/interop | CIM_ListenerDestinationCIMXML | Destination
        root/interop | CIM_IndicationSubscription | Filter
        root/interop | CIM_IndicationSubscription | Handler
        root/interop | CIM_IndicationService | DeliveryRetryAttempts
        root/interop | CIM_InstCreation | SourceInstance
        root/interop | CIM_InstModification | PreviousInstance
        """;

    record Requirement(String namespace, String className, String member) {
        @Override
        public String toString() {
            return namespace + " " + className + "." + member;
        }
    }

    static Stream<Requirement> requirements() {
        return TABLE.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\\|");
            return new Requirement(cells[0].strip(), cells[1].strip(), cells[2].strip());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void isServed(Requirement requirement) {
        CIMClass cimClass = ServedClasses.load().getClass(requirement.namespace(), requirement.className());
        assertThat(cimClass).as("class %s in %s", requirement.className(), requirement.namespace()).isNotNull();
        String member = requirement.member();
        int open = member.indexOf('(');
        if (open < 0) {
            assertThat(cimClass.getProperty(member)).as("property %s", requirement).isNotNull();
            return;
        }
        CIMMethod<?> method = cimClass.getMethod(member.substring(0, open));
        assertThat(method).as("method %s", requirement).isNotNull();
        List<String> expected = Arrays.stream(member.substring(open + 1, member.length() - 1).split(","))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
        CIMParameter<?>[] parameters = method.getParameters() == null ? new CIMParameter<?>[0] : method.getParameters();
        assertThat(Arrays.stream(parameters).map(CIMParameter::getName)).as("parameters of %s", requirement)
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Arrays.stream(parameters).filter(p -> p.getName().equals("Job")).map(p -> flag(p, "Out", false)))
            .as("a Job parameter of %s is an output", requirement).allMatch(Boolean.TRUE::equals);
    }
}

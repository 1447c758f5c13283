package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.mof.served.CimFacts.qualifier;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMQualifiedElementInterface;
import org.vemanager.mof.ServedClasses;

/**
 * The enumerations clients decode (PROFILES.md): each row is a value and its DMTF label that the
 * ValueMap/Values of a property, a method's return or a parameter must carry. SchemaAgreementTest
 * lets us omit a ValueMap; this table says which ones we may not omit.
 */
class ValueMapRequirementsTest {

    /** class | property, Method() for its return value, or Method(Parameter) | value = label; ... */
    private static final String TABLE = """
        CIM_ComputerSystem | EnabledState | 2 = Enabled; 3 = Disabled; 4 = Shutting Down; 6 = Enabled but Offline; \
            9 = Quiesce; 10 = Starting
        CIM_ComputerSystem | RequestedState | 2 = Enabled; 3 = Disabled; 4 = Shut Down; 6 = Offline; 9 = Quiesce; \
            10 = Reboot; 11 = Reset; 12 = Not Applicable
        CIM_ComputerSystem | RequestStateChange(RequestedState) | 2 = Enabled; 3 = Disabled; 4 = Shut Down; 6 = Offline; \
            9 = Quiesce; 10 = Reboot; 11 = Reset
        CIM_ComputerSystem | RequestStateChange() | 0 = Completed with No Error; 1 = Not Supported; 5 = Invalid Parameter; \
            4096 = Method Parameters Checked - Job Started; 4097 = Invalid State Transition
        CIM_EnabledLogicalElementCapabilities | RequestedStatesSupported | 2 = Enabled; 3 = Disabled; 4 = Shut Down; \
            6 = Offline; 9 = Quiesce; 10 = Reboot; 11 = Reset
        CIM_ResourceAllocationSettingData | ResourceType | 3 = Processor; 4 = Memory; 10 = Ethernet Adapter; 13 = I/O Device; \
            15 = CD Drive; 16 = DVD drive; 17 = Disk Drive; 19 = Storage Extent; 24 = Graphics controller
        CIM_ResourcePool | ResourceType | 3 = Processor; 4 = Memory; 10 = Ethernet Adapter; 19 = Storage Extent
        CIM_VirtualSystemManagementService | DefineSystem() | 0 = Completed with No Error; 1 = Not Supported; \
            4 = Invalid Parameter; 4096 = Method Parameters Checked - Job Started
        CIM_VirtualSystemManagementService | DestroySystem() | 0 = Completed with No Error; \
            4096 = Method Parameters Checked - Job Started
        CIM_VirtualSystemSnapshotService | CreateSnapshot(SnapshotType) | 2 = Full Snapshot; 3 = Disk Snapshot
        CIM_VirtualSystemSnapshotService | CreateSnapshot() | 0 = Completed with No Error; \
            4096 = Method Parameters Checked - Job Started
        CIM_VirtualSystemMigrationSettingData | MigrationType | 2 = Live; 3 = Resume; 4 = Restart
        CIM_VirtualSystemMigrationService | MigrateVirtualSystemToHost() | 0 = Completed with No Error; \
            4096 = Method Parameters Checked - Job Started
        CIM_KVMRedirectionSAP | KVMProtocol | 4 = VNC-RFB
        CIM_ConcreteJob | JobState | 2 = New; 4 = Running; 7 = Completed; 8 = Terminated; 9 = Killed; 10 = Exception
        CIM_RegisteredProfile | RegisteredOrganization | 2 = DMTF
        CIM_SettingsDefineCapabilities | ValueRole | 0 = Default; 1 = Optimal; 2 = Mean; 3 = Supported
        CIM_SettingsDefineCapabilities | ValueRange | 0 = Point; 1 = Minimums; 2 = Maximums; 3 = Increments
        """;

    record Requirement(String className, String member, String value, String label) {
        @Override
        public String toString() {
            return className + "." + member + " " + value + " = " + label;
        }
    }

    static Stream<Requirement> requirements() {
        return TABLE.lines().filter(line -> !line.isBlank()).flatMap(line -> {
            String[] cells = line.split("\\|");
            return Arrays.stream(cells[2].split(";")).map(pair -> {
                String[] valueAndLabel = pair.split("=", 2);
                return new Requirement(cells[0].strip(), cells[1].strip(), valueAndLabel[0].strip(), valueAndLabel[1].strip());
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void isCarried(Requirement requirement) {
        CIMClass cimClass = ServedClasses.load().getClass(ServedClasses.VIRT_NAMESPACE, requirement.className());
        assertThat(cimClass).as("class %s", requirement.className()).isNotNull();
        CIMQualifiedElementInterface element = element(cimClass, requirement.member());
        assertThat(element).as("%s.%s", requirement.className(), requirement.member()).isNotNull();
        List<Object> valueMap = list(element, "ValueMap");
        List<Object> values = list(element, "Values");
        int index = valueMap.indexOf(requirement.value());
        assertThat(index).as("ValueMap of %s.%s holds %s", requirement.className(), requirement.member(), requirement.value())
            .isNotNegative();
        assertThat(values).as("Values of %s.%s", requirement.className(), requirement.member()).hasSizeGreaterThan(index);
        assertThat(values.get(index)).as("label of %s", requirement).isEqualTo(requirement.label());
    }

    private static CIMQualifiedElementInterface element(CIMClass cimClass, String member) {
        int open = member.indexOf('(');
        if (open < 0) {
            return cimClass.getProperty(member);
        }
        CIMMethod<?> method = cimClass.getMethod(member.substring(0, open));
        String parameter = member.substring(open + 1, member.length() - 1);
        if (method == null || parameter.isEmpty()) {
            return method;
        }
        return method.getParameter(parameter);
    }

    private static List<Object> list(CIMQualifiedElementInterface element, String qualifierName) {
        return qualifier(element, qualifierName)
            .map(value -> value instanceof Object[] array ? Arrays.asList(array) : List.<Object>of())
            .orElse(List.of());
    }
}

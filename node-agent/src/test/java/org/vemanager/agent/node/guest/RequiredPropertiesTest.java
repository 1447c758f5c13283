package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;

/**
 * The DSP1034 instances built from what a guest reports give every property their served class
 * marks Required a value (CIM_Account.OrganizationName, CIM_Group.CommonName, CIM_UnixProcess.RealUserID
 * and ProcessGroupID), as a WBEM client that reads the qualifiers with GetClass expects;
 * ProfileConformanceIT judges the same over the wire, GuestRelayTest a process the real guest-agent reports.
 */
class RequiredPropertiesTest {

    private static final GuestVm WEB1 = new GuestVm("6695eb01-f6a4-8304-79aa-97f2502e193f", "web1", null);

    @Test
    void anAccountNamesItsVmAsItsOrganization() {
        CIMInstance account = AccountProvider.instance(WEB1, new UserAccount("alice", 1000, 1000, "Alice", "/home/alice",
                "/bin/bash", PasswordStatus.USABLE, List.of("users"), false));
        assertThat(missingRequired(account)).isEmpty();
        assertThat((Object[]) account.getPropertyValue("OrganizationName")).containsExactly("web1");
    }

    @Test
    void aGroupHasItsNameAsCommonName() {
        CIMInstance group = GroupProvider.instance(WEB1.uuid(), new GroupInfo("staff", 50, List.of("alice")));
        assertThat(missingRequired(group)).isEmpty();
        assertThat(group.getPropertyValue("CommonName")).isEqualTo("staff");
    }

    @Test
    void aProcessHasItsRealUserProcessGroupAndSession() {
        CIMInstance process = UnixProcessProvider.instance(WEB1.uuid(),
                new ProcessInfo(4242, 1, "alice", "sleep 60", "S", 0.0, 900, 1000L, 4200, 4100));
        assertThat(missingRequired(process)).isEmpty();
        assertThat(process.getPropertyValue("RealUserID")).isEqualTo(new UnsignedInteger64("1000"));
        assertThat(process.getPropertyValue("ProcessGroupID")).isEqualTo(new UnsignedInteger64("4200"));
        assertThat(process.getPropertyValue("ProcessSessionID")).isEqualTo(new UnsignedInteger64("4100"));
        assertThat(process.getPropertyValue("ParentProcessID")).isEqualTo("1");
    }

    @Test
    void aProcessFromAnOlderGuestAgentLeavesTheIdsItDidNotReportNullNotZero() {
        CIMInstance process = UnixProcessProvider.instance(WEB1.uuid(),
                new ProcessInfo(4242, 1, "alice", "sleep 60", "S", 0.0, 900, null, null, null));
        assertThat(missingRequired(process)).containsExactlyInAnyOrder("RealUserID", "ProcessGroupID");
        assertThat(process.getPropertyValue("ProcessSessionID")).isNull();
    }

    /** The Required properties of the instance's served class (or its superclasses) that have no value. */
    static List<String> missingRequired(CIMInstance instance) {
        MofRepository served = ServedClasses.load();
        List<String> missing = new ArrayList<>();
        for (String name = instance.getClassName(); name != null && !name.isEmpty(); ) {
            CIMClass cimClass = served.getClass(GuestPaths.NAMESPACE, name);
            assertThat(cimClass).as("served class %s", name).isNotNull();
            for (CIMClassProperty<?> declared : cimClass.getProperties()) {
                CIMProperty<?> ours = instance.getProperty(declared.getName());
                if (Boolean.TRUE.equals(declared.getQualifierValue("Required")) && (ours == null || ours.getValue() == null)
                        && !missing.contains(declared.getName())) {
                    missing.add(declared.getName());
                }
            }
            name = cimClass.getSuperClassName();
        }
        return missing;
    }
}

package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;

/**
 * The DSP1034 instances built from what a guest reports give every property their served class
 * marks Required a value (CIM_Account.OrganizationName, CIM_Group.CommonName), as a WBEM client
 * that reads the qualifiers with GetClass expects; ProfileConformanceIT judges the same over the wire.
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

    /** The Required properties of the instance's served class (or its superclasses) that have no value. */
    private static List<String> missingRequired(CIMInstance instance) {
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

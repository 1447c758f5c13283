package org.vemanager.provider.profile.virtualsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.testing.TestHost;

/**
 * Enumerations read every domain in one pass and share parsed definitions between requests; they must
 * still answer exactly what a GetInstance of each system answers, and see at once every change made to a
 * domain through libvirt by someone else.
 */
class EnumerationFollowsLibvirtTest {

    static final String WEB = "11111111-0000-4000-8000-000000000001";
    static final String SPARE = "11111111-0000-4000-8000-000000000004";

    @TempDir
    Path dir;

    @Test
    void everyEnumeratedInstanceEqualsItsGetInstance() throws Exception {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            for (String className : List.of(CimNames.COMPUTER_SYSTEM, CimNames.VSSD)) {
                List<CIMInstance> all = host.enumerate(className);
                assertThat(all).as(className).hasSize(5);
                for (CIMInstance each : all) {
                    assertThat(host.get(each.getObjectPath())).as(className).isEqualTo(each);
                }
            }
            Map<String, Object> states = byName(host.enumerate(CimNames.COMPUTER_SYSTEM), "EnabledState");
            assertThat(states).containsEntry("web", u16(2)).containsEntry("batch", u16(9)).containsEntry("spare", u16(3))
                    .containsEntry("saved", u16(6));
        }
    }

    @Test
    void aDefinitionChangedThroughLibvirtIsSeenByTheNextEnumerationAndGetInstance() throws Exception {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMInstance before = settingsOf(host, "spare");
            assertThat((String[]) before.getPropertyValue("Notes")).isEmpty();

            String xml = host.persistentXml(SPARE).replace("<name>spare</name>", "<name>spare</name><description>moved</description>");
            host.hypervisor().call("redefine spare behind the provider's back", c -> c.domainDefineXML(xml).free());

            assertThat((String[]) settingsOf(host, "spare").getPropertyValue("Notes")).containsExactly("moved");
            assertThat((String[]) host.get(before.getObjectPath()).getPropertyValue("Notes")).containsExactly("moved");
        }
    }

    @Test
    void stateChangesNewAndUndefinedDomainsMadeThroughLibvirtAreSeenAtOnce() throws Exception {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            host.enumerate(CimNames.COMPUTER_SYSTEM);
            Hypervisor libvirt = host.hypervisor();
            libvirt.onDomain(WEB, "pause web", d -> {
                d.suspend();
                return null;
            });
            libvirt.onDomain(SPARE, "undefine spare", d -> {
                d.undefine();
                return null;
            });
            libvirt.call("define extra", c -> c.domainDefineXML("<domain type='test'><name>extra</name><memory>65536</memory>"
                    + "<os><type>hvm</type></os></domain>").free());

            Map<String, Object> states = byName(host.enumerate(CimNames.COMPUTER_SYSTEM), "EnabledState");
            assertThat(states).containsEntry("web", u16(9)).containsEntry("extra", u16(3)).doesNotContainKey("spare").hasSize(5);
            assertThat(byName(host.enumerate(CimNames.VSSD), "VirtualSystemIdentifier")).containsKey("extra").doesNotContainKey("spare");
        }
    }

    private static CIMInstance settingsOf(TestHost host, String name) throws Exception {
        return host.enumerate(CimNames.VSSD).stream().filter(i -> name.equals(i.getPropertyValue("ElementName"))).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> byName(List<CIMInstance> instances, String property) {
        return instances.stream().collect(Collectors.toMap(i -> (String) i.getPropertyValue("ElementName"),
                i -> i.getPropertyValue(property), (a, b) -> a, java.util.TreeMap::new));
    }

    private static UnsignedInteger16 u16(int value) {
        return new UnsignedInteger16(value);
    }
}

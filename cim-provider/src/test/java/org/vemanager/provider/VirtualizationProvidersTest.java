package org.vemanager.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.testing.TestHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.ProfileDeclaration;

/** Every class and association on a private host that is only read (so one host serves all tests). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtualizationProvidersTest {

    static final String WEB = "11111111-0000-4000-8000-000000000001";

    TestHost host;

    @BeforeAll
    void open(@TempDir Path dir) throws CimException {
        host = TestHost.fromFixture(dir, "small-host.xml");
    }

    @AfterAll
    void close() {
        host.close();
    }

    static Stream<Arguments> instanceCounts() {
        return Stream.of(
                Arguments.of(CimNames.HOST_SYSTEM, 1),
                Arguments.of(CimNames.VSMS, 1),
                Arguments.of(CimNames.VSMS_CAPABILITIES, 1),
                Arguments.of(CimNames.COMPUTER_SYSTEM, 5),
                Arguments.of(CimNames.VSSD, 5),
                Arguments.of(CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM, 5),
                Arguments.of(CimNames.PROCESSOR_RASD, 5),
                Arguments.of(CimNames.MEMORY_RASD, 5),
                Arguments.of(CimNames.DISK_RASD, 3),
                Arguments.of(CimNames.NETWORK_PORT_RASD, 2),
                Arguments.of(CimNames.GRAPHICS_RASD, 1),
                Arguments.of(CimNames.INPUT_RASD, 1),
                // web's usb controller and the sata controller libvirt adds for its CD-ROM
                Arguments.of(CimNames.CONTROLLER_RASD, 2),
                // web 2 online vCPUs, db 2, batch 1, spare 1, saved 1
                Arguments.of(CimNames.PROCESSOR, 7),
                Arguments.of(CimNames.MEMORY, 5),
                Arguments.of(CimNames.LOGICAL_DISK, 3),
                Arguments.of(CimNames.NETWORK_PORT, 2),
                Arguments.of(CimNames.HOSTED_DEPENDENCY, 5),
                Arguments.of(CimNames.HOSTED_SERVICE, 1),
                Arguments.of(CimNames.ELEMENT_CAPABILITIES, 6),
                Arguments.of(CimNames.ELEMENT_SETTING_DATA, 5),
                // 5 systems ↔ VSSD plus 17 devices ↔ their RASD
                Arguments.of(CimNames.SETTINGS_DEFINE_STATE, 22),
                Arguments.of(CimNames.SYSTEM_DEVICE, 17),
                Arguments.of(CimNames.VSSD_COMPONENT, 19));
    }

    @ParameterizedTest(name = "{0}: {1} instances")
    @MethodSource("instanceCounts")
    void enumeratesEveryClassAndGetsEachInstanceBack(String className, int expected) throws CimException {
        List<CIMInstance> all = host.enumerate(className);

        assertThat(all).hasSize(expected);
        for (CIMInstance instance : all) {
            CIMObjectPath path = instance.getObjectPath();
            assertThat(path.getNamespace()).isEqualTo(CimNames.NAMESPACE);
            assertThat(path.getObjectName()).isEqualTo(className);
            assertThat(path.getKeys()).isNotEmpty();
            assertThat(host.get(path)).isEqualTo(instance);
        }
    }

    @Test
    void registersEveryClassInRootVirtAndTheThreeProfiles() {
        assertThat(host.registry().providers()).hasSize(24);
        assertThat(host.registry().namespaceOf(CimNames.COMPUTER_SYSTEM)).isEqualTo("root/virt");
        assertThat(host.registry().profiles()).extracting(ProfileDeclaration::registeredName, ProfileDeclaration::registeredVersion,
                ProfileDeclaration::centralClassName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("System Virtualization", "1.0.0", CimNames.HOST_SYSTEM),
                        org.assertj.core.groups.Tuple.tuple("Virtual System", "1.0.0", CimNames.COMPUTER_SYSTEM),
                        org.assertj.core.groups.Tuple.tuple("Resource Allocation", "1.1.0", CimNames.VSSD));
    }

    static Stream<Arguments> systemStates() {
        return Stream.of(
                Arguments.of("web", 2, 2),
                Arguments.of("batch", 9, 15),
                Arguments.of("spare", 3, 10),
                Arguments.of("saved", 6, 15));
    }

    @ParameterizedTest(name = "{0}: EnabledState {1}, OperationalStatus {2}")
    @MethodSource("systemStates")
    void mapsLibvirtStatesToEnabledStateAndOperationalStatus(String name, int enabled, int operational) throws CimException {
        CIMInstance system = host.enumerate(CimNames.COMPUTER_SYSTEM).stream()
                .filter(i -> name.equals(i.getPropertyValue("ElementName"))).findFirst().orElseThrow();

        assertThat(system.getPropertyValue("EnabledState")).isEqualTo(new UnsignedInteger16(enabled));
        assertThat((Object[]) system.getPropertyValue("OperationalStatus")).containsExactly(new UnsignedInteger16(operational));
        assertThat(system.getPropertyValue("RequestedState")).isEqualTo(new UnsignedInteger16(5));
    }

    @Test
    void describesTheHostWithItsHypervisorAsData() throws CimException {
        CIMInstance hostSystem = host.single(CimNames.HOST_SYSTEM);

        assertThat(hostSystem.getPropertyValue("HypervisorDriver")).isEqualTo("TEST");
        assertThat((String) hostSystem.getPropertyValue("LibvirtURI")).startsWith("test:///").endsWith("small-host.xml");
        assertThat(host.single(CimNames.VSMS_CAPABILITIES).getPropertyValue("VirtualSystemTypesSupported"))
                .isEqualTo(new String[] {"libvirt:test"});
        CIMInstance service = host.single(CimNames.VSMS);
        assertThat(service.getObjectPath().getKeyValue("SystemName")).isEqualTo(hostSystem.getObjectPath().getKeyValue("Name"));
    }

    @Test
    void readsTheVirtualSystemSettingData() throws CimException {
        CIMInstance vssd = host.get(vssdPath(WEB));

        assertThat(vssd.getPropertyValue("ElementName")).isEqualTo("web");
        assertThat(vssd.getPropertyValue("VirtualSystemIdentifier")).isEqualTo("web");
        assertThat(vssd.getPropertyValue("VirtualSystemType")).isEqualTo("libvirt:test");
        assertThat((Object[]) vssd.getPropertyValue("Notes")).containsExactly("front end");
        assertThat(vssd.getPropertyValue("Caption")).isEqualTo("hvm x86_64");
    }

    static Stream<Arguments> webResources() {
        return Stream.of(
                Arguments.of(CimNames.PROCESSOR_RASD, "VEM:" + WEB + "/proc", "VirtualQuantity", "2"),
                Arguments.of(CimNames.PROCESSOR_RASD, "VEM:" + WEB + "/proc", "Weight", "2048"),
                Arguments.of(CimNames.PROCESSOR_RASD, "VEM:" + WEB + "/proc", "Limit", "100"),
                Arguments.of(CimNames.PROCESSOR_RASD, "VEM:" + WEB + "/proc", "ResourceType", "3"),
                Arguments.of(CimNames.MEMORY_RASD, "VEM:" + WEB + "/mem", "VirtualQuantity", "1024"),
                Arguments.of(CimNames.MEMORY_RASD, "VEM:" + WEB + "/mem", "Limit", "2048"),
                Arguments.of(CimNames.MEMORY_RASD, "VEM:" + WEB + "/mem", "AllocationUnits", "byte*2^20"),
                Arguments.of(CimNames.DISK_RASD, "VEM:" + WEB + "/disk/vda", "HostResource", "[file:///var/lib/vem/web.img]"),
                Arguments.of(CimNames.DISK_RASD, "VEM:" + WEB + "/disk/vda", "ResourceType", "17"),
                Arguments.of(CimNames.DISK_RASD, "VEM:" + WEB + "/disk/sda", "ResourceType", "15"),
                Arguments.of(CimNames.NETWORK_PORT_RASD, "VEM:" + WEB + "/nic/52:54:00:00:00:01", "Connection", "[default]"),
                Arguments.of(CimNames.NETWORK_PORT_RASD, "VEM:" + WEB + "/nic/52:54:00:00:00:01", "ResourceSubType", "virtio"),
                Arguments.of(CimNames.NETWORK_PORT_RASD, "VEM:" + WEB + "/nic/52:54:00:00:00:01", "ResourceType", "10"),
                Arguments.of(CimNames.GRAPHICS_RASD, "VEM:" + WEB + "/graphics/0", "ResourceSubType", "vnc"),
                Arguments.of(CimNames.GRAPHICS_RASD, "VEM:" + WEB + "/graphics/0", "Address", "127.0.0.1"),
                Arguments.of(CimNames.INPUT_RASD, "VEM:" + WEB + "/input/0", "ResourceSubType", "tablet"),
                Arguments.of(CimNames.CONTROLLER_RASD, "VEM:" + WEB + "/controller/usb-0", "ResourceType", "23"),
                Arguments.of(CimNames.CONTROLLER_RASD, "VEM:" + WEB + "/controller/usb-0", "ResourceSubType", "qemu-xhci"));
    }

    @ParameterizedTest(name = "{1} {2} = {3}")
    @MethodSource("webResources")
    void mapsEachDeviceOfTheDomainToARasd(String className, String instanceId, String property, String expected) throws CimException {
        CIMInstance rasd = host.get(InstanceBuilder.path(CimNames.NAMESPACE, className,
                InstanceBuilder.stringKey("InstanceID", instanceId)));

        Object value = rasd.getPropertyValue(property);
        assertThat(value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value)).isEqualTo(expected);
    }

    @Test
    void reportsWhatTheTestDriverCanDoAsRequestedStatesSupported() throws CimException {
        CIMInstance capabilities = host.enumerate(CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM).get(0);

        assertThat((Object[]) capabilities.getPropertyValue("RequestedStatesSupported")).extracting(Object::toString)
                .containsExactly("2", "3", "4", "6", "9", "10", "11");
    }

    static Stream<String> associationClasses() {
        return Stream.of(CimNames.HOSTED_DEPENDENCY, CimNames.HOSTED_SERVICE, CimNames.ELEMENT_CAPABILITIES, CimNames.ELEMENT_SETTING_DATA,
                CimNames.SETTINGS_DEFINE_STATE, CimNames.SYSTEM_DEVICE, CimNames.VSSD_COMPONENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("associationClasses")
    void findsEveryAssociationFromBothEndsAndEveryEndExists(String associationClass) throws CimException {
        List<CIMInstance> all = host.enumerate(associationClass);
        assertThat(all).isNotEmpty();

        for (CIMInstance association : all) {
            CIMProperty<?>[] refs = association.getKeys();
            assertThat(refs).hasSize(2);
            for (CIMProperty<?> end : refs) {
                CIMObjectPath endPath = (CIMObjectPath) end.getValue();
                assertThat(host.get(endPath).getObjectPath()).as("far end %s exists", endPath).isEqualTo(endPath);
                assertThat(host.references(associationClass, endPath, end.getName())).as("from %s", end.getName())
                        .contains(association);
                assertThat(host.references(associationClass, endPath, null)).contains(association);
            }
            assertThat(host.get(association.getObjectPath())).isEqualTo(association);
        }
    }

    @Test
    void walksFromTheHostToEachSystemAndFromASystemToItsDevicesAndSettings() throws CimException {
        CIMObjectPath hostPath = host.single(CimNames.HOST_SYSTEM).getObjectPath();
        CIMObjectPath web = systemPath(WEB);

        assertThat(host.references(CimNames.HOSTED_DEPENDENCY, hostPath, "Antecedent")).hasSize(5);
        assertThat(host.references(CimNames.HOSTED_DEPENDENCY, web, "Dependent")).extracting(i -> i.getPropertyValue("Antecedent"))
                .containsExactly(hostPath);
        assertThat(host.references(CimNames.HOSTED_DEPENDENCY, web, "Antecedent")).isEmpty();
        assertThat(host.references(CimNames.SYSTEM_DEVICE, web, "GroupComponent"))
                .extracting(i -> ((CIMObjectPath) i.getPropertyValue("PartComponent")).getKeyValue("DeviceID"))
                .containsExactlyInAnyOrder("cpu0", "cpu1", "memory", "vda", "sda", "52:54:00:00:00:01");
        assertThat(host.references(CimNames.VSSD_COMPONENT, vssdPath(WEB), "GroupComponent")).hasSize(9);
        assertThat(host.references(CimNames.ELEMENT_CAPABILITIES, web, null)).extracting(i -> i.getPropertyValue("Capabilities"))
                .containsExactly(InstanceBuilder.path(CimNames.NAMESPACE, CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM,
                        InstanceBuilder.stringKey("InstanceID", "VEM:" + WEB + "/capabilities")));
    }

    @Test
    void answersNotFoundForAnUnknownSystemAndNoReferencesFromIt() throws CimException {
        CIMObjectPath ghost = systemPath("99999999-0000-4000-8000-000000000000");

        assertThatThrownBy(() -> host.get(ghost)).isInstanceOfSatisfying(CimException.class,
                e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
        assertThatThrownBy(() -> host.get(InstanceBuilder.path(CimNames.NAMESPACE, CimNames.DISK_RASD,
                InstanceBuilder.stringKey("InstanceID", "VEM:" + WEB + "/disk/vdz"))))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
        assertThat(host.references(CimNames.SYSTEM_DEVICE, ghost, null)).isEmpty();
        assertThat(host.references(CimNames.SETTINGS_DEFINE_STATE, ghost, null)).isEmpty();
    }

    static CIMObjectPath systemPath(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", uuid));
    }

    static CIMObjectPath vssdPath(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", "VEM:" + uuid));
    }
}

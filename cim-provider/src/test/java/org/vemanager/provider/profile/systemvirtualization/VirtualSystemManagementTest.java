package org.vemanager.provider.profile.systemvirtualization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.testing.TestHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/** The VSMS methods: a whole life of a system defined from embedded instances, and every refusal leaving the host unchanged. */
class VirtualSystemManagementTest {

    static final String WEB = "11111111-0000-4000-8000-000000000001";
    static final String DB = "11111111-0000-4000-8000-000000000002";

    @Test
    void definesStartsModifiesExtendsShrinksStopsAndDestroysASystem(@TempDir Path dir) throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMObjectPath vsms = host.single(CimNames.VSMS).getObjectPath();

            MethodResult defined = host.invoke(vsms, "DefineSystem",
                    embedded("SystemSettings", vssd("app1", "notes 1")),
                    embeddedArray("ResourceSettings",
                            rasd(CimNames.PROCESSOR_RASD, 3).uint64("VirtualQuantity", 2L).build(),
                            rasd(CimNames.MEMORY_RASD, 4).uint64("VirtualQuantity", 256L).string("AllocationUnits", "byte*2^20").build(),
                            rasd(CimNames.DISK_RASD, 17).strings("HostResource", "file:///var/lib/vem/app1.img").build(),
                            rasd(CimNames.NETWORK_PORT_RASD, 10).strings("Connection", "default").string("ResourceSubType",
                                    "virtio").build(),
                            rasd(CimNames.GRAPHICS_RASD, 24).string("ResourceSubType", "vnc").build(),
                            rasd(CimNames.INPUT_RASD, 13).string("ResourceSubType", "tablet").build()));

            assertThat(code(defined)).isZero();
            CIMObjectPath system = (CIMObjectPath) out(defined, "ResultingSystem");
            String uuid = (String) system.getKeyValue("Name");
            assertThat(state(host.get(system))).isEqualTo(3);
            CIMObjectPath vssd = vssdPath(uuid);
            List<CIMInstance> rasds = host.references(CimNames.VSSD_COMPONENT, vssd, "GroupComponent");
            assertThat(rasds).hasSize(6);
            assertThat(rasd(host, uuid, CimNames.PROCESSOR_RASD, "proc").getPropertyValue("VirtualQuantity"))
                    .isEqualTo(new UnsignedInteger64("2"));
            assertThat(rasd(host, uuid, CimNames.MEMORY_RASD, "mem").getPropertyValue("VirtualQuantity"))
                    .isEqualTo(new UnsignedInteger64("256"));
            assertThat(host.persistentXml(uuid)).contains("<source file='/var/lib/vem/app1.img'/>", "<target dev='vda' bus='virtio'/>",
                    "<source network='default'/>", "<mac address='52:54:00:", "<graphics type='vnc'", "<input type='tablet' bus='usb'/>");
            assertThat(host.get(vssd).getPropertyValue("Notes")).isEqualTo(new String[] {"notes 1"});

            assertThat(code(host.invoke(system, "RequestStateChange", requestedState(2)))).isZero();
            assertThat(state(host.get(system))).isEqualTo(2);

            MethodResult modified = host.invoke(vsms, "ModifyResourceSettings", embeddedArray("ResourceSettings",
                    rasd(CimNames.PROCESSOR_RASD, 3).string("InstanceID", "VEM:" + uuid + "/proc").uint64("VirtualQuantity", 1L).build(),
                    rasd(CimNames.MEMORY_RASD, 4).string("InstanceID", "VEM:" + uuid + "/mem").uint64("VirtualQuantity", 128L).build()));
            assertThat(code(modified)).isZero();
            assertThat(rasd(host, uuid, CimNames.MEMORY_RASD, "mem").getPropertyValue("VirtualQuantity"))
                    .isEqualTo(new UnsignedInteger64("128"));
            assertThat(host.references(CimNames.SYSTEM_DEVICE, system, null)).extracting(i -> ((CIMObjectPath) i.getPropertyValue(
                    "PartComponent")).getKeyValue("DeviceID")).as("one vCPU live").containsOnlyOnce("cpu0").doesNotContain("cpu1");
            long liveKib = host.hypervisor().onDomain(uuid, "info", d -> d.getInfo().memory);
            assertThat(liveKib).as("live memory KiB").isEqualTo(128L * 1024);

            MethodResult added = host.invoke(vsms, "AddResourceSettings",
                    new CIMArgument<>("AffectedConfiguration", new CIMDataType(CimNames.VSSD), vssd),
                    embeddedArray("ResourceSettings", rasd(CimNames.DISK_RASD, 17).strings("HostResource",
                            "/var/lib/vem/data.img").build()));
            assertThat(code(added)).isZero();
            CIMObjectPath[] addedPaths = (CIMObjectPath[]) out(added, "ResultingResourceSettings");
            assertThat(addedPaths).hasSize(1);
            assertThat(host.get(addedPaths[0]).getPropertyValue("HostResource")).isEqualTo(new String[] {"file:///var/lib/vem/data.img"});
            assertThat(addedPaths[0].getKeyValue("InstanceID")).isEqualTo("VEM:" + uuid + "/disk/vdb");

            MethodResult removed = host.invoke(vsms, "RemoveResourceSettings",
                    new CIMArgument<>("ResourceSettings", new CIMDataType("CIM_ResourceAllocationSettingData", 0), addedPaths));
            assertThat(code(removed)).isZero();
            assertThatThrownBy(() -> host.get(addedPaths[0])).isInstanceOfSatisfying(CimException.class,
                    e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));

            CIMInstance newSettings = new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).string("InstanceID", "VEM:" + uuid)
                    .strings("Notes", "second", "note").build();
            assertThat(code(host.invoke(vsms, "ModifySystemSettings", embedded("SystemSettings", newSettings)))).isZero();
            assertThat(host.get(vssd).getPropertyValue("Notes")).isEqualTo(new String[] {"second\nnote"});

            assertThat(code(host.invoke(vsms, "DestroySystem", new CIMArgument<>("AffectedSystem",
                    new CIMDataType(CimNames.COMPUTER_SYSTEM), system)))).isZero();
            assertThatThrownBy(() -> host.get(system)).isInstanceOfSatisfying(CimException.class,
                    e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
            assertThat(host.enumerate(CimNames.COMPUTER_SYSTEM)).hasSize(5);
        }
    }

    @Test
    void copiesAReferenceConfigurationWithANewNameUuidAndMacs(@TempDir Path dir) throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMObjectPath vsms = host.single(CimNames.VSMS).getObjectPath();

            MethodResult result = host.invoke(vsms, "DefineSystem", embedded("SystemSettings", vssd("web2", null)),
                    new CIMArgument<>("ReferenceConfiguration", new CIMDataType(CimNames.VSSD), vssdPath(WEB)));

            String uuid = (String) ((CIMObjectPath) out(result, "ResultingSystem")).getKeyValue("Name");
            assertThat(uuid).isNotEqualTo(WEB);
            String copy = host.persistentXml(uuid);
            assertThat(copy).contains("<name>web2</name>", "<source file='/var/lib/vem/web.img'/>", "<shares>2048</shares>")
                    .doesNotContain("52:54:00:00:00:01");
            assertThat(host.get(vssdPath(uuid)).getPropertyValue("Notes")).isEqualTo(new String[] {"front end"});
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("DefineSystem without a name", "DefineSystem", "SystemSettings must give the new system's name",
                        h -> args(embedded("SystemSettings", new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).build()))),
                refusal("DefineSystem with a taken name", "DefineSystem", "'web' is already used",
                        h -> args(embedded("SystemSettings", vssd("web", null)))),
                refusal("DefineSystem with an unusable name", "DefineSystem", "is not a valid name",
                        h -> args(embedded("SystemSettings", vssd("../etc", null)))),
                refusal("DefineSystem with a foreign type", "DefineSystem", "VirtualSystemType 'libvirt:kvm' is not supported here",
                        h -> args(embedded("SystemSettings", new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD)
                                .string("VirtualSystemIdentifier", "x").string("VirtualSystemType", "libvirt:kvm").build()))),
                refusal("DefineSystem with 0 vCPUs", "DefineSystem", "ResourceSettings[1]: VirtualQuantity must be between 1 and 4096",
                        h -> args(embedded("SystemSettings", vssd("x", null)), embeddedArray("ResourceSettings",
                                rasd(CimNames.MEMORY_RASD, 4).uint64("VirtualQuantity", 64L).build(),
                                rasd(CimNames.PROCESSOR_RASD, 3).uint64("VirtualQuantity", 0L).build()))),
                refusal("DefineSystem with a string for an instance", "DefineSystem", "SystemSettings must be an embedded instance",
                        h -> args(new CIMArgument<>("SystemSettings", CIMDataType.STRING_T,
                                "instance of VEM_VirtualSystemSettingData {};"))),
                refusal("AddResourceSettings of a second processor", "AddResourceSettings", "exactly one processor allocation",
                        h -> args(affected(WEB), embeddedArray("ResourceSettings", rasd(CimNames.PROCESSOR_RASD, 3)
                                .uint64("VirtualQuantity", 1L).build()))),
                refusal("AddResourceSettings of a disk without image", "AddResourceSettings",
                        "ResourceSettings[0]: HostResource is required",
                        h -> args(affected(WEB), embeddedArray("ResourceSettings", rasd(CimNames.DISK_RASD, 17).build()))),
                refusal("AddResourceSettings of a NIC with a bad MAC", "AddResourceSettings", "'52:54' is not a MAC address",
                        h -> args(affected(WEB), embeddedArray("ResourceSettings", rasd(CimNames.NETWORK_PORT_RASD, 10)
                                .string("Address", "52:54").strings("Connection", "default").build()))),
                refusal("AddResourceSettings of a NIC with a MAC in use", "AddResourceSettings", "is already used by another adapter",
                        h -> args(affected(WEB), embeddedArray("ResourceSettings", rasd(CimNames.NETWORK_PORT_RASD, 10)
                                .string("Address", "52:54:00:00:00:01").strings("Connection", "default").build()))),
                refusal("AddResourceSettings of an unknown resource type", "AddResourceSettings", "ResourceType 28 is not a resource type",
                        h -> args(affected(WEB), embeddedArray("ResourceSettings", new InstanceBuilder(CimNames.NAMESPACE,
                                "CIM_ResourceAllocationSettingData").uint16("ResourceType", 28).build()))),
                refusal("ModifyResourceSettings with memory above its limit", "ModifyResourceSettings", "exceeds Limit",
                        h -> args(embeddedArray("ResourceSettings", rasd(CimNames.MEMORY_RASD, 4).string("InstanceID",
                                "VEM:" + WEB + "/mem")
                                .uint64("VirtualQuantity", 4096L).uint64("Limit", 2048L).build()))),
                refusal("ModifyResourceSettings across two systems", "ModifyResourceSettings", "belongs to another virtual system",
                        h -> args(embeddedArray("ResourceSettings",
                                rasd(CimNames.MEMORY_RASD, 4).string("InstanceID", "VEM:" + WEB + "/mem").uint64("VirtualQuantity",
                                        512L).build(),
                                rasd(CimNames.MEMORY_RASD, 4).string("InstanceID", "VEM:" + DB + "/mem").uint64("VirtualQuantity",
                                        512L).build()))),
                refusal("ModifyResourceSettings of a disk that does not exist", "ModifyResourceSettings", "names no disk 'vdq'",
                        h -> args(embeddedArray("ResourceSettings", rasd(CimNames.DISK_RASD, 17).string("InstanceID",
                                "VEM:" + WEB + "/disk/vdq")
                                .strings("HostResource", "/x.img").build()))),
                refusal("RemoveResourceSettings of the processor", "RemoveResourceSettings", "which a virtual system cannot lose",
                        h -> args(new CIMArgument<>("ResourceSettings", new CIMDataType("CIM_ResourceAllocationSettingData", 0),
                                new CIMObjectPath[] {rasdPath(CimNames.PROCESSOR_RASD, "VEM:" + WEB + "/proc")}))),
                refusal("ModifySystemSettings renaming", "ModifySystemSettings", "renaming 'web' to 'www' is not supported",
                        h -> args(embedded("SystemSettings", new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD)
                                .string("InstanceID", "VEM:" + WEB).string("VirtualSystemIdentifier", "www").build()))),
                refusal("DestroySystem of an unknown system", "DestroySystem", "AffectedSystem names no virtual system",
                        h -> args(new CIMArgument<>("AffectedSystem", new CIMDataType(CimNames.COMPUTER_SYSTEM),
                                InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                                        InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM),
                                        InstanceBuilder.stringKey("Name", "99999999-0000-4000-8000-000000000000"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesBadInputWithAMessageNamingTheParameterAndChangesNothing(String title, String method, String message,
            Function<TestHost, CIMArgument<?>[]> arguments, @TempDir Path dir) throws CimException {
        try (TestHost host = TestHost.fromFixture(dir, "small-host.xml")) {
            CIMObjectPath vsms = host.single(CimNames.VSMS).getObjectPath();
            String webBefore = host.persistentXml(WEB);
            String dbBefore = host.persistentXml(DB);
            int systemsBefore = host.enumerate(CimNames.COMPUTER_SYSTEM).size();

            assertThatThrownBy(() -> host.invoke(vsms, method, arguments.apply(host))).isInstanceOfSatisfying(CimException.class, e -> {
                assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER);
                assertThat(e.getMessage()).contains(message);
            });

            assertThat(host.persistentXml(WEB)).isEqualTo(webBefore);
            assertThat(host.persistentXml(DB)).isEqualTo(dbBefore);
            assertThat(host.enumerate(CimNames.COMPUTER_SYSTEM)).hasSize(systemsBefore);
        }
    }

    static Arguments refusal(String title, String method, String message, Function<TestHost, CIMArgument<?>[]> arguments) {
        return Arguments.of(title, method, message, arguments);
    }

    static CIMArgument<?>[] args(CIMArgument<?>... in) {
        return in;
    }

    static CIMArgument<?> affected(String uuid) {
        return new CIMArgument<>("AffectedConfiguration", new CIMDataType(CimNames.VSSD), vssdPath(uuid));
    }

    static CIMInstance vssd(String name, String notes) {
        InstanceBuilder b = new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).string("VirtualSystemIdentifier", name)
                .string("VirtualSystemType", "libvirt:test");
        if (notes != null) {
            b.strings("Notes", notes);
        }
        return b.build();
    }

    static InstanceBuilder rasd(String className, int resourceType) {
        return new InstanceBuilder(CimNames.NAMESPACE, className).uint16("ResourceType", resourceType);
    }

    static CIMArgument<?> embedded(String name, CIMInstance instance) {
        return new CIMArgument<>(name, CIMDataType.OBJECT_T, instance);
    }

    static CIMArgument<?> embeddedArray(String name, CIMInstance... instances) {
        return new CIMArgument<>(name, CIMDataType.OBJECT_ARRAY_T, instances);
    }

    static CIMArgument<?>[] requestedState(int value) {
        return new CIMArgument<?>[] {new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(value))};
    }

    static CIMObjectPath vssdPath(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", "VEM:" + uuid));
    }

    static CIMObjectPath rasdPath(String className, String instanceId) {
        return InstanceBuilder.path(CimNames.NAMESPACE, className, InstanceBuilder.stringKey("InstanceID", instanceId));
    }

    static CIMInstance rasd(TestHost host, String uuid, String className, String local) throws CimException {
        return host.get(rasdPath(className, "VEM:" + uuid + "/" + local));
    }

    static int code(MethodResult result) {
        return ((Number) result.returnValue()).intValue();
    }

    static Object out(MethodResult result, String name) {
        return result.outParameters().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    static int state(CIMInstance system) {
        return ((UnsignedInteger16) system.getPropertyValue("EnabledState")).intValue();
    }
}

package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vemanager.agent.node.guest.GuestTestbed.GUEST_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.OFF_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.all;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.provider.support.Paths;

/**
 * Every guest class is reachable from its VM's VEM_ComputerSystem and back, through a running
 * node-agent, judged by the SBLIM client: accounts, groups, the operating system and, through it,
 * processes; the services the VM hosts (VEM_GuestHostedService, a VEM_HostedService) — found also
 * when a client names the DMTF superclass CIM_HostedService, which the host's own VEM_HostedService
 * answers too, each from its own provider.
 */
class GuestAssociationsTest {

    @TempDir
    static Path dir;
    static GuestTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = GuestTestbed.start(dir);
        bed.configureTheGoodGuestOnly();
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
    }

    private static CIMObjectPath vm() {
        return GuestPaths.system(GUEST_UUID);
    }

    private static boolean systemdRuns() {
        return Files.isDirectory(Path.of("/run/systemd/system"));
    }

    /** association | a guest object it links to the VM (one hop). */
    static Stream<Arguments> oneHop() {
        return Stream.of(
                Arguments.of("VEM_AccountOnSystem", GuestPaths.account(GUEST_UUID, "root")),
                Arguments.of("VEM_OwningCollectionElement", GuestPaths.group(GUEST_UUID, "root")),
                Arguments.of("VEM_RunningOS", GuestPaths.operatingSystem(GUEST_UUID)),
                Arguments.of("VEM_GuestHostedService", GuestPaths.accountService(GUEST_UUID)),
                Arguments.of("VEM_GuestHostedService", GuestPaths.relayService(GUEST_UUID)),
                Arguments.of("CIM_HostedService", GuestPaths.accountService(GUEST_UUID)),
                Arguments.of("VEM_HostedService", GuestPaths.relayService(GUEST_UUID)));
    }

    @ParameterizedTest(name = "{0}: VM <-> {1}")
    @MethodSource("oneHop")
    void aGuestObjectAndItsVmReachEachOther(String association, CIMObjectPath object) throws WBEMException {
        assertThat(all(bed.client.associatorNames(vm(), association, object.getObjectName(), null, null)))
                .as("Associators from the VM").anySatisfy(p -> assertThat(Paths.same(p, object)).isTrue());
        assertThat(all(bed.client.associatorNames(object, association, "VEM_ComputerSystem", null, null)))
                .as("Associators back to the VM").singleElement().satisfies(p -> assertThat(Paths.same(p, vm())).isTrue());
        assertThat(all(bed.client.referenceNames(vm(), association, null)))
                .as("References from the VM").anySatisfy(p -> assertThat(p.getKeys()).anySatisfy(
                        k -> assertThat(k.getValue() instanceof CIMObjectPath ref && Paths.same(ref, object)).isTrue()));
        assertThat(all(bed.client.referenceNames(object, association, null)))
                .as("References from the object").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getKeys()).anySatisfy(
                        k -> assertThat(k.getValue() instanceof CIMObjectPath ref && Paths.same(ref, vm())).isTrue()));
    }

    @Test
    void simpleIdentityManagementIsRegisteredWithTheAnsweringGuestsServiceAsCentralInstance() throws WBEMException {
        CIMInstance profile = all(bed.client.enumerateInstances(new CIMObjectPath(null, null, null, "root/interop",
                "CIM_RegisteredProfile", null), true, false, false, null)).stream()
                .filter(p -> "Simple Identity Management".equals(GuestTestbed.property(p, "RegisteredName")))
                .findFirst().orElseThrow();
        assertThat(GuestTestbed.property(profile, "RegisteredVersion")).isEqualTo("1.0.1");

        assertThat(all(bed.client.associatorNames(profile.getObjectPath(), "CIM_ElementConformsToProfile", null, null, null)))
                .as("only the guest that answers; 'hostile' has no guest-agent, 'off' is not running")
                .singleElement().satisfies(p -> assertThat(Paths.same(p, GuestPaths.accountService(GUEST_UUID))).isTrue());
    }

    @Test
    void theAccountServiceHasItsCapabilitiesAndManagesEachAccount() throws WBEMException {
        CIMObjectPath service = GuestPaths.accountService(GUEST_UUID);
        CIMObjectPath root = GuestPaths.account(GUEST_UUID, "root");

        CIMInstance capabilities = all(bed.client.associatorInstances(service, "CIM_ElementCapabilities",
                "CIM_AccountManagementCapabilities", null, null, false, null)).get(0);
        assertThat(GuestTestbed.property(capabilities, "OperationsSupported"))
                .isEqualTo(new UnsignedInteger16[] {
                    new UnsignedInteger16(2), new UnsignedInteger16(3), new UnsignedInteger16(4)});
        assertThat(all(bed.client.associatorNames(capabilities.getObjectPath(), "CIM_ElementCapabilities", null, null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, service)).isTrue());
        assertThat(bed.enumerate("VEM_AccountManagementCapabilities")).hasSize(1);

        CIMInstance states = all(bed.client.associatorInstances(root, "CIM_ElementCapabilities",
                "CIM_EnabledLogicalElementCapabilities", null, null, false, null)).get(0);
        assertThat(states.getObjectPath().getObjectName()).isEqualTo("VEM_AccountCapabilities");
        assertThat(GuestTestbed.property(states, "RequestedStatesSupported"))
                .isEqualTo(new UnsignedInteger16[] {new UnsignedInteger16(2), new UnsignedInteger16(3)});
        assertThat(all(bed.client.associatorNames(states.getObjectPath(), "CIM_ElementCapabilities", "CIM_Account", null, null)))
                .anySatisfy(p -> assertThat(Paths.same(p, root)).isTrue());

        assertThat(all(bed.client.associatorNames(service, "CIM_ServiceAffectsElement", "CIM_Account", null, null)))
                .anySatisfy(p -> assertThat(Paths.same(p, root)).isTrue());
        CIMInstance link = all(bed.client.referenceInstances(root, "CIM_ServiceAffectsElement", null, false, null)).get(0);
        assertThat(Paths.same((CIMObjectPath) GuestTestbed.property(link, "AffectingElement"), service)).isTrue();
        assertThat(GuestTestbed.property(link, "ElementEffects"))
                .isEqualTo(new UnsignedInteger16[] {new UnsignedInteger16(5)});
    }

    @Test
    void everyAccountAndGroupHasItsIdentityAndBack() throws WBEMException {
        CIMObjectPath rootUser = GuestPaths.account(GUEST_UUID, "root");
        CIMObjectPath rootGroup = GuestPaths.group(GUEST_UUID, "root");
        CIMObjectPath userIdentity = GuestPaths.identity(GUEST_UUID, GuestPaths.USER, "root");
        CIMObjectPath groupIdentity = GuestPaths.identity(GUEST_UUID, GuestPaths.GROUP_KIND, "root");

        assertThat(all(bed.client.associatorNames(rootUser, "CIM_AssignedIdentity", "CIM_Identity", null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, userIdentity)).isTrue());
        assertThat(all(bed.client.associatorNames(userIdentity, "CIM_AssignedIdentity", null, null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, rootUser)).isTrue());
        assertThat(all(bed.client.associatorNames(rootGroup, "CIM_AssignedIdentity", "CIM_Identity", null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, groupIdentity)).isTrue());
        assertThat(GuestTestbed.property(bed.client.getInstance(groupIdentity, false, false, null), "ElementName"))
                .isEqualTo("group root");
        assertThat(bed.enumerate("VEM_Identity")).extracting(i -> i.getObjectPath())
                .anySatisfy(p -> assertThat(Paths.same(p, userIdentity)).isTrue())
                .anySatisfy(p -> assertThat(Paths.same(p, groupIdentity)).isTrue());
        assertThatThrownBy(() -> bed.client.getInstance(GuestPaths.identity(GUEST_UUID, GuestPaths.USER, "nosuchuser"), false,
                false, null)).isInstanceOfSatisfying(WBEMException.class,
                        e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
    }

    @Test
    void aProcessIsReachedFromItsVmThroughTheGuestOperatingSystemAndBack() throws WBEMException {
        CIMObjectPath self = GuestPaths.process(GUEST_UUID, (int) ProcessHandle.current().pid());

        CIMObjectPath os = all(bed.client.associatorNames(vm(), "CIM_RunningOS", null, null, null)).get(0);
        assertThat(all(bed.client.associatorNames(os, "CIM_OSProcess", "CIM_Process", null, null)))
                .anySatisfy(p -> assertThat(Paths.same(p, self)).isTrue());

        CIMObjectPath back = all(bed.client.associatorNames(self, "CIM_OSProcess", null, null, null)).get(0);
        assertThat(all(bed.client.associatorNames(back, "CIM_RunningOS", "CIM_ComputerSystem", null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, vm())).isTrue());
    }

    @Test
    void hostedServiceFromTheVmGivesItsGuestServicesAndFromTheHostOnlyTheHostsOwn() throws WBEMException {
        Set<String> fromVm = all(bed.client.associatorNames(vm(), "CIM_HostedService", null, null, null)).stream()
                .map(CIMObjectPath::getObjectName).collect(Collectors.toSet());
        CIMObjectPath host = bed.enumerate("VEM_HostSystem").get(0).getObjectPath();
        Set<String> fromHost = all(bed.client.associatorNames(host, "CIM_HostedService", null, null, null)).stream()
                .map(CIMObjectPath::getObjectName).collect(Collectors.toSet());

        assertThat(fromVm).contains("VEM_GuestRelayService", "VEM_AccountManagementService")
                .doesNotContain("VEM_VirtualSystemManagementService");
        if (systemdRuns()) {
            assertThat(fromVm).contains("VEM_GuestService");
        }
        assertThat(fromHost).contains("VEM_VirtualSystemManagementService")
                .doesNotContain("VEM_GuestRelayService", "VEM_AccountManagementService", "VEM_GuestService");
    }

    @Test
    void enumeratingTheSuperclassGivesTheInstancesOfBothProviders() throws WBEMException {
        List<CIMInstance> hosted = bed.enumerate("CIM_HostedService");

        assertThat(hosted).extracting(i -> i.getObjectPath().getObjectName())
                .contains("VEM_HostedService", "VEM_GuestHostedService");
        assertThat(hosted).filteredOn(i -> i.getObjectPath().getObjectName().equals("VEM_GuestHostedService"))
                .extracting(i -> ((CIMObjectPath) GuestTestbed.property(i, "Dependent")).getObjectName())
                .as("a relay for each of the three VMs, the account service of the one answering guest")
                .containsOnlyOnce("VEM_AccountManagementService")
                .filteredOn("VEM_GuestRelayService"::equals).hasSize(3);
        assertThat(bed.enumerate("VEM_HostedService")).as("VEM_HostedService includes its guest subclass")
                .hasSameSizeAs(hosted);
    }

    @Test
    void aVmThatIsOffHostsOnlyItsRelay() throws WBEMException {
        assertThat(all(bed.client.associatorNames(GuestPaths.system(OFF_UUID), "CIM_HostedService", null, null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, GuestPaths.relayService(OFF_UUID))).isTrue());
    }

    @Test
    void aGuestServiceNamesItsVmWhereSystemdRuns() throws WBEMException {
        if (!systemdRuns()) {
            // no systemd here: the VM hosts no systemd services, and the walk from the VM did not fail (above)
            assertThat(all(bed.client.associatorNames(vm(), "VEM_GuestHostedService", "VEM_GuestService", null, null)))
                    .isEmpty();
            return;
        }
        CIMInstance service = bed.enumerate("VEM_GuestService").get(0);
        assertThat(all(bed.client.associatorNames(service.getObjectPath(), "CIM_HostedService", null, null, null)))
                .singleElement().satisfies(p -> assertThat(Paths.same(p, vm())).isTrue());
    }
}

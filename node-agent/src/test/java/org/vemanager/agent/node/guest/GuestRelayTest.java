package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.tls.TlsIdentity;
import org.vemanager.agent.node.NodeAgent;

/**
 * The guest relay end to end ({@link GuestTestbed}): a node-agent on a private test-driver host, a
 * REAL guest-agent on loopback configured as the guest of VM "guest", hostile fake agents as the guest
 * of VM "hostile", and the SBLIM client as the judge.
 */
class GuestRelayTest {

    static final String GUEST_UUID = GuestTestbed.GUEST_UUID;
    static final String HOSTILE_UUID = GuestTestbed.HOSTILE_UUID;
    static final String OFF_UUID = GuestTestbed.OFF_UUID;
    /** Far above the node-agent's 5 s limit: a call that takes this long hung. */
    static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static GuestTestbed bed;
    static NodeAgent agent;
    static GuestAgentServer guestAgent;
    static TlsIdentity guestIdentity;
    static String guestToken;
    static WBEMClient client;

    @BeforeAll
    static void start() throws Exception {
        bed = GuestTestbed.start(dir);
        agent = bed.agent;
        guestAgent = bed.guestAgent;
        guestIdentity = bed.guestIdentity;
        guestToken = bed.guestToken;
        client = bed.client;
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
    }

    @BeforeEach
    void configureTheGoodGuest() throws Exception {
        bed.configureTheGoodGuestOnly();
    }

    private static String randomToken() {
        return GuestTestbed.randomToken();
    }

    private static List<CIMInstance> enumerate(String className) throws WBEMException {
        return bed.enumerate(className);
    }

    private static Object property(CIMInstance instance, String name) {
        return GuestTestbed.property(instance, name);
    }

    @Test
    void theEndpointTravelsInTheDomainMetadataAndTheTokenStaysInTheStateDir() throws Exception {
        String xml = agent.guests().hypervisor().domain(GUEST_UUID).persistentXml();

        assertThat(GuestMetadata.read(xml)).hasValueSatisfying(endpoint -> {
            assertThat(endpoint.url()).isEqualTo(guestAgent.uri());
            assertThat(endpoint.tokenRef()).isEqualTo(GUEST_UUID);
        });
        assertThat(xml).contains(GuestMetadata.NAMESPACE).doesNotContain(guestToken);
        Path tokenFile = new GuestTokens(agent.config().stateDir()).file(GUEST_UUID);
        assertThat(Files.readString(tokenFile).strip()).isEqualTo(guestToken);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
    }

    @Test
    void aBadSignalIsRefusedNamingTheParameter() throws Exception {
        CIMObjectPath self = GuestPaths.process(GUEST_UUID, (int) ProcessHandle.current().pid());
        assertThatThrownBy(() -> client.invokeMethod(self, "SendSignal",
                new CIMArgument<?>[] {new CIMArgument<>("Signal", CIMDataType.UINT32_T, new UnsignedInteger32(99))},
                new CIMArgument<?>[0]))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("Signal");
                });
    }

    @Test
    void aProcessTheRealGuestAgentReportsHasEveryRequiredPropertyWithItsRealIds() throws Exception {
        long self = ProcessHandle.current().pid();
        // procps' own reading of /proc, independent of the guest-agent's: real uid, process group, session.
        Process ps = new ProcessBuilder("ps", "-o", "ruid=,pgid=,sid=", "-p", Long.toString(self)).start();
        String[] expected = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
        assertThat(ps.waitFor()).isZero();

        CIMInstance process = client.getInstance(GuestPaths.process(GUEST_UUID, (int) self), false, false, null);

        assertThat(RequiredPropertiesTest.missingRequired(process)).isEmpty();
        assertThat(property(process, "RealUserID")).isEqualTo(new UnsignedInteger64(expected[0]));
        assertThat(property(process, "ProcessGroupID")).isEqualTo(new UnsignedInteger64(expected[1]));
        assertThat(property(process, "ProcessSessionID")).isEqualTo(new UnsignedInteger64(expected[2]));
        assertThat(property(process, "ParentProcessID")).isEqualTo(String.valueOf(ProcessHandle.current().parent()
                .orElseThrow().pid()));
        assertThat(enumerate(GuestPaths.UNIX_PROCESS)).as("every process of the guest")
                .allSatisfy(each -> assertThat(RequiredPropertiesTest.missingRequired(each)).isEmpty());
    }

    static Stream<Arguments> hostileGuests() {
        return Stream.of(
                Arguments.of("a fault with a serialized faultCause", HostileGuest.faultWithSerializedCause(), "boom"),
                Arguments.of("a giant reply", HostileGuest.giantReply(40L << 20), "unusable reply"),
                Arguments.of("a reply that never ends", HostileGuest.neverEnding(), "did not answer within 5 s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileGuests")
    void aHostileGuestFailsCleanlyAndTheNodeAgentKeepsServing(String what, HostileGuest.Behaviour behaviour, String expected,
            @TempDir Path state) throws Exception {
        HostileGuest.TRIPPED.set(false);
        try (HostileGuest hostile = new HostileGuest(state, behaviour)) {
            agent.guests().configure(HOSTILE_UUID, hostile.uri(), hostile.fingerprint(), randomToken());
            long started = System.nanoTime();

            assertThatThrownBy(() -> client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null))
                    .isInstanceOfSatisfying(WBEMException.class, e -> {
                        assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_FAILED);
                        assertThat(e.getMessage()).contains("guest-agent of VM 'hostile' (" + HOSTILE_UUID + ")", expected);
                    });

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HANG);
            long walk = System.nanoTime();
            assertThat(GuestTestbed.all(client.associatorNames(GuestPaths.system(HOSTILE_UUID), null, null, null, null)))
                    .as("a walk from the VM leaves the guest out, and still gives the VM's host and its relay")
                    .extracting(CIMObjectPath::getObjectName).contains("VEM_HostSystem", "VEM_GuestRelayService")
                    .doesNotContain("VEM_Account", "VEM_Group", "VEM_GuestOperatingSystem", "VEM_AccountManagementService");
            assertThat(Duration.ofNanos(System.nanoTime() - walk)).as("the guest's silence is paid once, not per association")
                    .isLessThan(HANG);
            assertThat(HostileGuest.TRIPPED).as("the guest's gadget was deserialized").isFalse();
            assertThat(enumerate("VEM_ComputerSystem")).hasSize(3);
            assertThat(enumerate("VEM_AccountManagementService")).extracting(i -> property(i, "SystemName"))
                    .as("the hostile guest is left out, the good one still listed").containsExactly(GUEST_UUID);
        }
    }

    @Test
    void aWrongTokenIsAClearError() throws Exception {
        agent.guests().configure(HOSTILE_UUID, guestAgent.uri(), guestIdentity.fingerprint(), randomToken());

        assertThatThrownBy(() -> client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_FAILED);
                    assertThat(e.getMessage()).contains("'hostile'", "refused the node-agent's token");
                });
    }

    @Test
    void aVmThatIsOffOrHasNoGuestAgentHasNoGuestObjects() {
        assertThatThrownBy(() -> client.getInstance(GuestPaths.accountService(OFF_UUID), false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND);
                    assertThat(e.getMessage()).contains("'off'", "not running");
                });
        assertThatThrownBy(() -> client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getMessage()).contains("no guest-agent configured"));
    }
}

package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
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

    private static CIMObjectPath classPath(String className) {
        return GuestTestbed.classPath(className);
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
    void processesAreListedAndSignalled() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            CIMInstance process = enumerate("VEM_UnixProcess").stream()
                    .filter(p -> String.valueOf(sleeper.pid()).equals(property(p, "Handle")))
                    .findFirst().orElseThrow();
            assertThat(property(process, "CSName")).isEqualTo(GUEST_UUID);
            assertThat((String) property(process, "Name")).contains("sleep 60");
            CIMObjectPath os = GuestPaths.operatingSystem(GUEST_UUID);
            assertThat(client.associatorNames(GuestPaths.system(GUEST_UUID), "VEM_RunningOS", null, null, null))
                    .toIterable().anySatisfy(p -> assertThat(p.getObjectName()).isEqualTo("VEM_GuestOperatingSystem"));
            assertThat(client.associatorNames(os, "VEM_OSProcess", null, null, null)).toIterable()
                    .anySatisfy(p -> assertThat(p.getKey("Handle").getValue()).isEqualTo(String.valueOf(sleeper.pid())));

            Object result = client.invokeMethod(process.getObjectPath(), "SendSignal",
                    new CIMArgument<?>[] {new CIMArgument<>("Signal", CIMDataType.UINT32_T, new UnsignedInteger32(15))},
                    new CIMArgument<?>[0]);

            assertThat(result).isEqualTo(new UnsignedInteger32(0));
            assertThat(sleeper.waitFor(20, TimeUnit.SECONDS)).as("sleep ended by SIGTERM").isTrue();
            assertThat(sleeper.exitValue()).isEqualTo(128 + 15);
        } finally {
            sleeper.destroyForcibly();
        }
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
    void servicesWithoutSystemdAreAClearNotAvailableError() {
        assumeThat(Files.isDirectory(Path.of("/run/systemd/system"))).as("this system runs systemd").isFalse();

        assertThatThrownBy(() -> enumerate("VEM_GuestService"))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_SUPPORTED);
                    assertThat(e.getMessage()).contains("'guest'", GUEST_UUID, "not available", "systemd");
                });
    }

    @Test
    void anAccountIsCreatedPutInAGroupLockedAndDeleted() throws Exception {
        assumeThat(ProcessHandle.current().info().user().orElse("")).as("creating users needs root").isEqualTo("root");
        String name = "vemt" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        try {
            CIMObjectPath account = createAccount(name);
            CIMInstance created = client.getInstance(account, false, false, null);
            assertThat(property(created, "UserID")).isEqualTo(name);
            assertThat(property(created, "EnabledState")).isEqualTo(new UnsignedInteger16(2));
            assertThat(client.associatorNames(GuestPaths.system(GUEST_UUID), "VEM_AccountOnSystem", "VEM_Account", null, null))
                    .toIterable().anySatisfy(p -> assertThat(p.getKey("Name").getValue()).isEqualTo(name));

            CIMObjectPath users = GuestPaths.group(GUEST_UUID, "users");
            client.createInstance(new CIMInstance(classPath("VEM_MemberOfCollection"), new CIMProperty<?>[] {
                new CIMProperty<>("Collection", new CIMDataType("VEM_Group"), users, true, false, null),
                new CIMProperty<>("Member", new CIMDataType("VEM_Account"), account, true, false, null)}));
            assertThat(client.associatorNames(account, "VEM_MemberOfCollection", "VEM_Group", null, null))
                    .toIterable().anySatisfy(p -> assertThat(p.getKey("Name").getValue()).isEqualTo(GUEST_UUID + ":users"));

            CIMObjectPath system = GuestPaths.system(GUEST_UUID);
            client.createInstance(new CIMInstance(classPath("VEM_AssociatedPrivilege"), new CIMProperty<?>[] {
                new CIMProperty<>("Subject", new CIMDataType("VEM_Account"), account, true, false, null),
                new CIMProperty<>("Target", new CIMDataType("VEM_ComputerSystem"), system, true, false, null)}));
            assertThat(client.referenceNames(account, "VEM_AssociatedPrivilege", null)).toIterable().hasSize(1);
            client.deleteInstance(client.referenceNames(account, "VEM_AssociatedPrivilege", null).next());
            assertThat(client.referenceNames(account, "VEM_AssociatedPrivilege", null)).toIterable().isEmpty();

            Object locked = client.invokeMethod(account, "RequestStateChange", new CIMArgument<?>[] {
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(3))}, new CIMArgument<?>[2]);
            assertThat(locked).isEqualTo(new UnsignedInteger32(0));
            assertThat(property(client.getInstance(account, false, false, null), "EnabledState"))
                    .isEqualTo(new UnsignedInteger16(3));

            client.deleteInstance(account);
            assertThatThrownBy(() -> client.getInstance(account, false, false, null))
                    .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
        } finally {
            cleanUp(name);
        }
    }

    private static CIMObjectPath createAccount(String name) throws WBEMException {
        CIMInstance template = new CIMInstance(classPath("VEM_Account"), new CIMProperty<?>[] {
            new CIMProperty<>("UserID", CIMDataType.STRING_T, name),
            new CIMProperty<>("UserPassword", CIMDataType.STRING_ARRAY_T, new String[] {"Pw-" + randomToken()})});
        CIMArgument<?>[] out = new CIMArgument<?>[2];
        Object result = client.invokeMethod(GuestPaths.accountService(GUEST_UUID), "CreateAccount", new CIMArgument<?>[] {
            new CIMArgument<>("System", new CIMDataType("VEM_ComputerSystem"), GuestPaths.system(GUEST_UUID)),
            new CIMArgument<>("AccountTemplate", CIMDataType.OBJECT_T, template)}, out);
        assertThat(result).isEqualTo(new UnsignedInteger32(0));
        assertThat(out[0].getName()).isEqualTo("Account");
        return (CIMObjectPath) out[0].getValue();
    }

    private static void cleanUp(String name) throws IOException, InterruptedException {
        new ProcessBuilder("userdel", "--remove", name).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        Path home = Path.of("/home", name);
        if (Files.exists(home)) {
            new ProcessBuilder("rm", "-rf", "--", home.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
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

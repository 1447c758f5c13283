package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.vemanager.agent.node.guest.GuestTestbed.GUEST_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.all;
import static org.vemanager.agent.node.guest.GuestTestbed.classPath;
import static org.vemanager.agent.node.guest.GuestTestbed.property;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.provider.support.Paths;

/**
 * The scenario as a WBEM client plays it, through a running node-agent with the SBLIM client
 * and a real guest-agent, using nothing but CIM: the VM's guest-agent is configured with
 * ConfigureGuestAgent, and every guest object is found by walking from the VM's VEM_ComputerSystem.
 * Create a user, put it in a group, make it an administrator, lock it, delete it; list processes,
 * start one and kill it; list services and start/stop one where systemd runs, else the clear "not
 * available" answer.
 */
class GuestScenarioTest {

    @TempDir
    static Path dir;
    static GuestTestbed bed;

    @BeforeAll
    static void configureTheGuestOverCim() throws Exception {
        bed = GuestTestbed.start(dir);
        Object configured = bed.client.invokeMethod(GuestPaths.relayService(GUEST_UUID), "ConfigureGuestAgent",
                new CIMArgument<?>[] {
                    new CIMArgument<>("URL", CIMDataType.STRING_T, bed.guestAgent.uri().toString()),
                    new CIMArgument<>("Fingerprint", CIMDataType.STRING_T, bed.guestIdentity.fingerprint()),
                    new CIMArgument<>("Token", CIMDataType.STRING_T, bed.guestToken)},
                new CIMArgument<?>[0]);
        assertThat(configured).isEqualTo(new UnsignedInteger32(0));
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
    }

    private static CIMObjectPath vm() throws WBEMException {
        return all(bed.client.enumerateInstanceNames(classPath("VEM_ComputerSystem"))).stream()
                .filter(p -> GUEST_UUID.equals(p.getKey("Name").getValue())).findFirst().orElseThrow();
    }

    /** The one far end of {@code association} from {@code from} whose class is {@code resultClass}. */
    private static CIMObjectPath single(CIMObjectPath from, String association, String resultClass) throws WBEMException {
        List<CIMObjectPath> far = all(bed.client.associatorNames(from, association, resultClass, null, null));
        assertThat(far).as("%s from %s to %s", association, from.getObjectName(), resultClass).hasSize(1);
        return far.get(0);
    }

    private static boolean root() {
        return "root".equals(ProcessHandle.current().info().user().orElse(""));
    }

    @Test
    void aUserIsCreatedPutInAGroupMadeAdministratorLockedAndDeleted() throws Exception {
        assumeThat(root()).as("creating users needs root").isTrue();
        String name = "vems" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        CIMObjectPath vm = vm();
        try {
            CIMObjectPath service = single(vm, "CIM_HostedService", "CIM_AccountManagementService");
            CIMInstance template = new CIMInstance(classPath("VEM_Account"), new CIMProperty<?>[] {
                new CIMProperty<>("UserID", CIMDataType.STRING_T, name),
                new CIMProperty<>("UserPassword", CIMDataType.STRING_ARRAY_T, new String[] {"Pw-" + GuestTestbed.randomToken()})});
            CIMArgument<?>[] out = new CIMArgument<?>[2];
            Object created = bed.client.invokeMethod(service, "CreateAccount", new CIMArgument<?>[] {
                new CIMArgument<>("System", new CIMDataType("VEM_ComputerSystem"), vm),
                new CIMArgument<>("AccountTemplate", CIMDataType.OBJECT_T, template)}, out);
            assertThat(created).isEqualTo(new UnsignedInteger32(0));
            CIMObjectPath account = (CIMObjectPath) java.util.Arrays.stream(out)
                    .filter(a -> a != null && a.getName().equals("Account")).findFirst().orElseThrow().getValue();
            CIMObjectPath[] identities = (CIMObjectPath[]) java.util.Arrays.stream(out)
                    .filter(a -> a != null && a.getName().equals("Identities")).findFirst().orElseThrow().getValue();
            assertThat(identities).singleElement().satisfies(identity -> assertThat(all(bed.client.associatorNames(identity,
                    "CIM_AssignedIdentity", null, null, null))).singleElement()
                    .satisfies(p -> assertThat(Paths.same(p, account)).isTrue()));
            assertThat(all(bed.client.associatorNames(vm, "CIM_AccountOnSystem", "CIM_Account", null, null)))
                    .anySatisfy(p -> assertThat(Paths.same(p, account)).isTrue());
            assertThat(all(bed.client.associatorNames(service, "CIM_ServiceAffectsElement", "CIM_Account", null, null)))
                    .anySatisfy(p -> assertThat(Paths.same(p, account)).isTrue());

            CIMObjectPath users = all(bed.client.associatorNames(vm, "CIM_OwningCollectionElement", "CIM_Group", null, null))
                    .stream().filter(g -> (GUEST_UUID + ":users").equals(g.getKey("Name").getValue())).findFirst().orElseThrow();
            bed.client.createInstance(new CIMInstance(classPath("VEM_MemberOfCollection"), new CIMProperty<?>[] {
                new CIMProperty<>("Collection", new CIMDataType("VEM_Group"), users, true, false, null),
                new CIMProperty<>("Member", new CIMDataType("VEM_Account"), account, true, false, null)}));
            assertThat(all(bed.client.associatorNames(users, "CIM_MemberOfCollection", "CIM_Account", null, null)))
                    .anySatisfy(p -> assertThat(Paths.same(p, account)).isTrue());

            bed.client.createInstance(new CIMInstance(classPath("VEM_AssociatedPrivilege"), new CIMProperty<?>[] {
                new CIMProperty<>("Subject", new CIMDataType("VEM_Account"), account, true, false, null),
                new CIMProperty<>("Target", new CIMDataType("VEM_ComputerSystem"), vm, true, false, null)}));
            assertThat(all(bed.client.associatorNames(vm, "CIM_AssociatedPrivilege", "CIM_Account", null, null)))
                    .as("an administrator of the VM").anySatisfy(p -> assertThat(Paths.same(p, account)).isTrue());

            String hashBefore = shadowHash(name);
            bed.client.modifyInstance(new CIMInstance(account, new CIMProperty<?>[] {
                new CIMProperty<>("UserPassword", CIMDataType.STRING_ARRAY_T, new String[] {octetString("Nouveau-" + name)})}),
                new String[] {"UserPassword"});
            assertThat(shadowHash(name)).as("the password changed").isNotEqualTo(hashBefore).startsWith("$");
            assertThatThrownBy(() -> bed.client.modifyInstance(new CIMInstance(account, new CIMProperty<?>[] {
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "renamed")}), new String[] {"ElementName"}))
                    .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_SUPPORTED));

            Object locked = bed.client.invokeMethod(account, "RequestStateChange", new CIMArgument<?>[] {
                new CIMArgument<>("RequestedState", CIMDataType.UINT16_T, new UnsignedInteger16(3))}, new CIMArgument<?>[2]);
            assertThat(locked).isEqualTo(new UnsignedInteger32(0));
            assertThat(property(bed.client.getInstance(account, false, false, null), "EnabledState"))
                    .isEqualTo(new UnsignedInteger16(3));

            bed.client.deleteInstance(account);
            assertThat(all(bed.client.associatorNames(vm, "CIM_AccountOnSystem", "CIM_Account", null, null)))
                    .noneSatisfy(p -> assertThat(Paths.same(p, account)).isTrue());
        } finally {
            deleteUser(name);
        }
    }

    @ParameterizedTest(name = "signal {0}")
    @ValueSource(ints = {9, 15})
    void aProcessIsListedFromItsVmAndKilled(int signal) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "300").start();
        try {
            CIMObjectPath os = single(vm(), "CIM_RunningOS", "CIM_OperatingSystem");
            CIMObjectPath process = all(bed.client.associatorNames(os, "CIM_OSProcess", "CIM_UnixProcess", null, null)).stream()
                    .filter(p -> String.valueOf(sleeper.pid()).equals(p.getKey("Handle").getValue())).findFirst().orElseThrow();
            assertThat((String) property(bed.client.getInstance(process, false, false, null), "Name")).contains("sleep 300");

            Object result = bed.client.invokeMethod(process, "SendSignal", new CIMArgument<?>[] {
                new CIMArgument<>("Signal", CIMDataType.UINT32_T, new UnsignedInteger32(signal))}, new CIMArgument<?>[0]);

            assertThat(result).isEqualTo(new UnsignedInteger32(0));
            assertThat(sleeper.waitFor(20, TimeUnit.SECONDS)).as("the process ended").isTrue();
            assertThat(sleeper.exitValue()).isEqualTo(128 + signal);
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void withoutSystemdListingServicesIsAClearNotAvailable() throws WBEMException {
        assumeThat(Files.isDirectory(Path.of("/run/systemd/system"))).as("this system runs systemd").isFalse();

        assertThatThrownBy(() -> bed.enumerate("VEM_GuestService")).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_SUPPORTED);
            assertThat(e.getMessage()).contains("'guest'", GUEST_UUID, "not available", "systemd");
        });
        assertThat(all(bed.client.associatorNames(vm(), "CIM_HostedService", "CIM_Service", null, null)))
                .extracting(CIMObjectPath::getObjectName)
                .as("the VM still hosts its relay and account service").contains("VEM_GuestRelayService", "VEM_AccountManagementService")
                .doesNotContain("VEM_GuestService");
    }

    @Test
    void withSystemdAServiceIsStartedAndStoppedFromItsVm() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/run/systemd/system")) && root()).as("systemd runs and we are root").isTrue();
        String unit = "vem-scenario-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + ".service";
        Path file = Path.of("/run/systemd/system", unit);
        Files.writeString(file, "[Unit]\nDescription=VE-manager scenario test\n[Service]\nExecStart=/bin/sleep 600\n");
        try {
            run("systemctl", "daemon-reload");
            CIMObjectPath service = all(bed.client.associatorNames(vm(), "CIM_HostedService", "CIM_Service", null, null)).stream()
                    .filter(p -> unit.equals(p.getKey("Name").getValue())).findFirst().orElseThrow();

            bed.client.invokeMethod(service, "StartService", new CIMArgument<?>[0], new CIMArgument<?>[0]);
            assertThat(property(bed.client.getInstance(service, false, false, null), "Started")).isEqualTo(true);

            bed.client.invokeMethod(service, "StopService", new CIMArgument<?>[0], new CIMArgument<?>[0]);
            assertThat(property(bed.client.getInstance(service, false, false, null), "Started")).isEqualTo(false);
        } finally {
            run("systemctl", "stop", unit);
            Files.deleteIfExists(file);
            run("systemctl", "daemon-reload");
        }
    }

    @Test
    void aHostileUserNameNeverReachesTheGuestsTools() throws WBEMException {
        CIMObjectPath vm = vm();
        CIMObjectPath service = single(vm, "CIM_HostedService", "CIM_AccountManagementService");
        CIMInstance template = new CIMInstance(classPath("VEM_Account"), new CIMProperty<?>[] {
            new CIMProperty<>("UserID", CIMDataType.STRING_T, "../root;reboot")});

        assertThatThrownBy(() -> bed.client.invokeMethod(service, "CreateAccount", new CIMArgument<?>[] {
            new CIMArgument<>("System", new CIMDataType("VEM_ComputerSystem"), vm),
            new CIMArgument<>("AccountTemplate", CIMDataType.OBJECT_T, template)}, new CIMArgument<?>[2]))
                .isInstanceOfSatisfying(WBEMException.class, e -> {
                    assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
                    assertThat(e.getMessage()).contains("'guest'", "user name");
                });
    }

    /** A password as DMTF's Octetstring: "0x", a 4-byte length counting itself, the UTF-8 octets, in hex. */
    private static String octetString(String password) {
        byte[] octets = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(4 + octets.length).putInt(4 + octets.length).put(octets);
        return "0x" + HexFormat.of().formatHex(buffer.array());
    }

    /** The user's password hash from /etc/shadow (the test runs as root on the guest-agent's machine). */
    private static String shadowHash(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/shadow")).stream().filter(l -> l.startsWith(name + ":"))
                .map(l -> l.split(":")[1]).findFirst().orElseThrow();
    }

    private static void deleteUser(String name) throws IOException, InterruptedException {
        run("userdel", "--remove", name);
        Path home = Path.of("/home", name);
        if (Files.exists(home)) {
            run("rm", "-rf", "--", home.toString());
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor(30, TimeUnit.SECONDS);
    }
}

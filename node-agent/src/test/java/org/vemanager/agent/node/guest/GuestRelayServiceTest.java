package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.vemanager.agent.node.guest.GuestTestbed.GUEST_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.HOSTILE_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.OFF_UUID;
import static org.vemanager.agent.node.guest.GuestTestbed.classPath;
import static org.vemanager.agent.node.guest.GuestTestbed.property;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.wbem.testsupport.TestServer;

/**
 * Any WBEM client configures a VM's guest-agent with VEM_GuestRelayService.ConfigureGuestAgent (SBLIM
 * client, running node-agent, real guest-agent): the endpoint lands in the VM's libvirt metadata, the
 * token in the state directory, and the token never comes back over CIM. Bad input names the
 * parameter and changes nothing. The relay shares the virtualization provider's domain editor, so a
 * VSMS change and a guest configuration of one VM keep each other.
 */
class GuestRelayServiceTest {

    @TempDir
    static Path dir;
    static GuestTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = GuestTestbed.start(dir);
    }

    @AfterAll
    static void stop() {
        if (bed != null) {
            bed.close();
        }
    }

    @BeforeEach
    void reset() throws Exception {
        bed.configureTheGoodGuestOnly();
    }

    private static Object configure(String uuid, String url, String fingerprint, String token) throws WBEMException {
        List<CIMArgument<?>> in = new ArrayList<>();
        if (url != null) {
            in.add(new CIMArgument<>("URL", CIMDataType.STRING_T, url));
        }
        if (fingerprint != null) {
            in.add(new CIMArgument<>("Fingerprint", CIMDataType.STRING_T, fingerprint));
        }
        if (token != null) {
            in.add(new CIMArgument<>("Token", CIMDataType.STRING_T, token));
        }
        return bed.client.invokeMethod(GuestPaths.relayService(uuid), "ConfigureGuestAgent", in.toArray(CIMArgument<?>[]::new),
                new CIMArgument<?>[0]);
    }

    private static CIMInstance relay(String uuid) throws WBEMException {
        return bed.client.getInstance(GuestPaths.relayService(uuid), false, false, null);
    }

    private static Path tokenFile(String uuid) {
        return new GuestTokens(bed.agent.config().stateDir()).file(uuid);
    }

    /** Every value of every property, as text: where a leaked token would show. */
    private static String everyValue(List<CIMInstance> instances) {
        StringBuilder text = new StringBuilder();
        for (CIMInstance instance : instances) {
            for (CIMProperty<?> p : instance.getProperties()) {
                Object value = p.getValue();
                text.append(value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void everyVmHasARelayThatSaysWhetherItIsConfigured() throws WBEMException {
        List<CIMInstance> relays = bed.enumerate(GuestPaths.RELAY_SERVICE);

        assertThat(relays).extracting(i -> property(i, "SystemName")).containsExactlyInAnyOrder(GUEST_UUID, HOSTILE_UUID, OFF_UUID);
        CIMInstance good = relay(GUEST_UUID);
        assertThat(property(good, "GuestAgentURL")).isEqualTo(bed.guestAgent.uri().toString());
        assertThat(property(good, "TokenStored")).isEqualTo(true);
        assertThat(property(good, "EnabledState")).isEqualTo(new UnsignedInteger16(2));
        CIMInstance off = relay(OFF_UUID);
        assertThat(property(off, "GuestAgentURL")).isEqualTo("");
        assertThat(property(off, "TokenStored")).isEqualTo(false);
        assertThat(property(off, "EnabledState")).isEqualTo(new UnsignedInteger16(3));
    }

    @Test
    void aClientConfiguresAGuestAgentOverCimAndItAnswersAtOnce() throws Exception {
        assertThatThrownBy(() -> bed.client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getMessage()).contains("no guest-agent configured"));

        Object result = configure(HOSTILE_UUID, bed.guestAgent.uri().toString(), bed.guestIdentity.fingerprint(), bed.guestToken);

        assertThat(result).isEqualTo(new UnsignedInteger32(0));
        assertThat(bed.client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null)).isNotNull();
        CIMInstance relay = relay(HOSTILE_UUID);
        assertThat(property(relay, "GuestAgentURL")).isEqualTo(bed.guestAgent.uri().toString());
        assertThat(property(relay, "GuestAgentFingerprint")).isEqualTo(bed.guestIdentity.fingerprint());
        assertThat(property(relay, "TokenStored")).isEqualTo(true);
        assertThat(GuestMetadata.read(bed.agent.guests().hypervisor().domain(HOSTILE_UUID).persistentXml()))
                .hasValueSatisfying(endpoint -> assertThat(endpoint.url()).isEqualTo(bed.guestAgent.uri()));
        assertThat(Files.readString(tokenFile(HOSTILE_UUID)).strip()).isEqualTo(bed.guestToken);
    }

    @Test
    void theTokenIsNeverReadableOverCim() throws Exception {
        configure(HOSTILE_UUID, bed.guestAgent.uri().toString(), bed.guestIdentity.fingerprint(), bed.guestToken);

        assertThat(everyValue(bed.enumerate(GuestPaths.RELAY_SERVICE))).doesNotContain(bed.guestToken);
        assertThat(everyValue(List.of(relay(HOSTILE_UUID)))).doesNotContain(bed.guestToken);
        assertThat(bed.client.getClass(classPath(GuestPaths.RELAY_SERVICE), false, true, false, null).getProperties())
                .extracting(p -> p.getName()).doesNotContain("Token");
        assertThat(bed.agent.guests().hypervisor().domain(HOSTILE_UUID).persistentXml()).doesNotContain(bed.guestToken);
    }

    @Test
    void withoutATokenTheStoredOneIsKept() throws Exception {
        String otherUrl = "https://127.0.0.1:" + bed.guestAgent.uri().getPort() + "/RPC2";

        assertThat(configure(GUEST_UUID, otherUrl, bed.guestIdentity.fingerprint(), null)).isEqualTo(new UnsignedInteger32(0));

        assertThat(property(relay(GUEST_UUID), "GuestAgentURL")).isEqualTo(otherUrl);
        assertThat(Files.readString(tokenFile(GUEST_UUID)).strip()).isEqualTo(bed.guestToken);
        assertThat(bed.client.getInstance(GuestPaths.accountService(GUEST_UUID), false, false, null)).isNotNull();
    }

    static Stream<Arguments> badInput() {
        String fingerprint = "AB".repeat(32);
        String url = "https://192.0.2.7:8765/";
        return Stream.of(
                Arguments.of("plain http", HOSTILE_UUID, "http://192.0.2.7:8765/", fingerprint, "t".repeat(20), "url"),
                Arguments.of("not a URL", HOSTILE_UUID, "https://[bad", fingerprint, "t".repeat(20), "URL"),
                Arguments.of("no URL", HOSTILE_UUID, null, fingerprint, "t".repeat(20), "URL"),
                Arguments.of("a short fingerprint", HOSTILE_UUID, url, "12:34", "t".repeat(20), "fingerprint"),
                Arguments.of("no fingerprint", HOSTILE_UUID, url, null, "t".repeat(20), "Fingerprint"),
                Arguments.of("a short token", HOSTILE_UUID, url, fingerprint, "s3cret-short", "token"),
                Arguments.of("a token with a space", HOSTILE_UUID, url, fingerprint, "secret with a space inside", "token"),
                Arguments.of("no token and none stored", OFF_UUID, url, fingerprint, null, "token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheParameterAndChangesNothing(String what, String uuid, String url, String fingerprint,
            String token, String parameter) throws Exception {
        CIMInstance before = relay(uuid);
        String xmlBefore = bed.agent.guests().hypervisor().domain(uuid).persistentXml();

        assertThatThrownBy(() -> configure(uuid, url, fingerprint, token)).isInstanceOfSatisfying(WBEMException.class, e -> {
            assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_INVALID_PARAMETER);
            assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT)).contains(parameter.toLowerCase(java.util.Locale.ROOT) + ":");
            if (token != null) {
                assertThat(e.getMessage()).doesNotContain(token);
            }
        });

        assertThat(relay(uuid).getProperties()).isEqualTo(before.getProperties());
        assertThat(bed.agent.guests().hypervisor().domain(uuid).persistentXml()).isEqualTo(xmlBefore);
        assertThat(tokenFile(uuid)).doesNotExist();
    }

    @Test
    void removingTheGuestAgentRemovesItsEndpointItsTokenAndItsGuestObjects() throws Exception {
        Object result = bed.client.invokeMethod(GuestPaths.relayService(GUEST_UUID), "RemoveGuestAgent", new CIMArgument<?>[0],
                new CIMArgument<?>[0]);

        assertThat(result).isEqualTo(new UnsignedInteger32(0));
        assertThat(property(relay(GUEST_UUID), "EnabledState")).isEqualTo(new UnsignedInteger16(3));
        assertThat(tokenFile(GUEST_UUID)).doesNotExist();
        assertThat(GuestMetadata.read(bed.agent.guests().hypervisor().domain(GUEST_UUID).persistentXml())).isEmpty();
        assertThatThrownBy(() -> bed.client.getInstance(GuestPaths.accountService(GUEST_UUID), false, false, null))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
    }

    /** wbemcli (sblim-wbemcli) as a process: it reads the method's parameters from GetClass, then calls it. */
    @Test
    void wbemcliConfiguresAGuestAgentToo() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/wbemcli"))).as("sblim-wbemcli is installed").isTrue();
        String base = "http://" + TestServer.ADMIN + ":" + TestServer.ADMIN_PASSWORD + "@127.0.0.1:" + bed.agent.httpPort()
                + "/root/virt:" + GuestPaths.RELAY_SERVICE + ".SystemCreationClassName=\"VEM_ComputerSystem\",SystemName=\""
                + HOSTILE_UUID + "\",CreationClassName=\"" + GuestPaths.RELAY_SERVICE + "\",Name=\"guest-relay\"";
        Process wbemcli = new ProcessBuilder("wbemcli", "-noverify", "cm", base, "ConfigureGuestAgent.URL=\""
                + bed.guestAgent.uri() + "\",Fingerprint=\"" + bed.guestIdentity.fingerprint() + "\",Token=\"" + bed.guestToken
                + "\"").redirectErrorStream(true).start();
        String output = new String(wbemcli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(wbemcli.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("ConfigureGuestAgent: 0");
        assertThat(property(relay(HOSTILE_UUID), "GuestAgentURL")).isEqualTo(bed.guestAgent.uri().toString());
        assertThat(bed.client.getInstance(GuestPaths.accountService(HOSTILE_UUID), false, false, null)).isNotNull();
    }

    @Test
    void badMetadataShowsOnItsRelayWithoutSpoilingTheOthersAndRemovingMendsIt() throws Exception {
        String xml = bed.agent.guests().hypervisor().domain(OFF_UUID).persistentXml();
        String broken = xml.replace("</domain>", "<metadata><vem:guest xmlns:vem='" + GuestMetadata.NAMESPACE
                + "' url='http://192.0.2.7/' fingerprint='AB' tokenRef='x'/></metadata></domain>");
        bed.agent.guests().hypervisor().call("break the metadata", c -> c.domainDefineXML(broken).getUUIDString());

        assertThat(bed.enumerate(GuestPaths.RELAY_SERVICE)).hasSize(3);
        CIMInstance relay = relay(OFF_UUID);
        assertThat(property(relay, "EnabledState")).isEqualTo(new UnsignedInteger16(3));
        assertThat((String[]) property(relay, "StatusDescriptions")).singleElement().asString().contains("not valid", "url");

        bed.client.invokeMethod(GuestPaths.relayService(OFF_UUID), "RemoveGuestAgent", new CIMArgument<?>[0], new CIMArgument<?>[0]);

        assertThat(property(relay(OFF_UUID), "StatusDescriptions")).isNull();
        assertThat(bed.agent.guests().hypervisor().domain(OFF_UUID).persistentXml()).doesNotContain(GuestMetadata.NAMESPACE);
    }

    @Test
    void anUnknownVmHasNoRelay() {
        String unknown = "99999999-0000-4000-8000-000000000000";
        assertThatThrownBy(() -> configure(unknown, "https://192.0.2.7/", "AB".repeat(32), "t".repeat(20)))
                .isInstanceOfSatisfying(WBEMException.class, e -> assertThat(e.getID()).isEqualTo(WBEMException.CIM_ERR_NOT_FOUND));
        assertThat(tokenFile(unknown)).doesNotExist();
    }

    @Test
    void aVsmsChangeAndAGuestConfigurationOfOneVmKeepEachOther() throws Exception {
        CIMObjectPath vsms = bed.enumerate("VEM_VirtualSystemManagementService").get(0).getObjectPath();
        configure(OFF_UUID, "https://192.0.2.7:8765/", "AB".repeat(32), "t".repeat(20));

        CIMInstance notes = new CIMInstance(classPath("VEM_VirtualSystemSettingData"), new CIMProperty<?>[] {
            new CIMProperty<>("InstanceID", CIMDataType.STRING_T, "VEM:" + OFF_UUID),
            new CIMProperty<>("Notes", CIMDataType.STRING_ARRAY_T, new String[] {"kept by both"})});
        Object modified = bed.client.invokeMethod(vsms, "ModifySystemSettings", new CIMArgument<?>[] {
            new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, notes)}, new CIMArgument<?>[1]);
        assertThat(modified).isEqualTo(new UnsignedInteger32(0));
        assertThat(property(relay(OFF_UUID), "GuestAgentURL")).as("the VSMS edit kept the guest metadata")
                .isEqualTo("https://192.0.2.7:8765/");

        configure(OFF_UUID, "https://192.0.2.8:8765/", "AB".repeat(32), null);
        CIMObjectPath vssd = new CIMObjectPath(null, null, null, GuestTestbed.NS, "VEM_VirtualSystemSettingData",
                new CIMProperty<?>[] {new CIMProperty<>("InstanceID", CIMDataType.STRING_T, "VEM:" + OFF_UUID, true, false, null)});
        assertThat(property(bed.client.getInstance(vssd, false, false, null), "Notes")).as("the guest edit kept the VSMS change")
                .isEqualTo(new String[] {"kept by both"});
        bed.agent.guests().unconfigure(OFF_UUID);
    }
}

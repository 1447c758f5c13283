package org.vemanager.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * A real guest-agent process on loopback, started the way a VM's provisioning would: a random
 * token in a file only its owner may read, the agent's main with its options, and the fingerprint
 * read from the line it prints at start-up. {@link #configureAsGuestOf} then hands URL, fingerprint
 * and token to a node-agent over CIM, as an operator does. Here the agent reads this machine's
 * accounts; the suite only reads through it, so it changes nothing.
 */
public final class GuestAgentProcess extends AgentProcess {

    static final String GUEST_AGENT_MAIN = "org.vemanager.agent.guest.GuestAgentMain";
    private static final Pattern READY = Pattern.compile("listening on (https://\\S+), certificate SHA-256 ([0-9A-Fa-f:]+)");
    /** How long a node-agent may take to reach its new guest the first time (a cold JVM on a loaded machine). */
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(120);
    private static final String VIRT = "root/virt";

    private final URI url;
    private final String fingerprint;
    private final String token;

    private GuestAgentProcess(Started started, String token) {
        super(started);
        this.url = URI.create(started.ready().get(0).group(1));
        this.fingerprint = started.ready().get(0).group(2);
        this.token = token;
    }

    /** Starts a guest-agent on a free loopback port, its token and generated keystore in {@code dir}. */
    public static GuestAgentProcess start(Path dir) throws IOException, InterruptedException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path tokenFile = Files.createFile(dir.resolve("token"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tokenFile, token + "\n", StandardCharsets.US_ASCII);
        List<String> command = java(GUEST_AGENT_MAIN, "--listen", "127.0.0.1:0",
                "--token-file", tokenFile.toString(), "--state-dir", dir.resolve("state").toString());
        return new GuestAgentProcess(launch("guest-agent", command, READY), token);
    }

    /**
     * Makes this agent the guest-agent of the running VM named {@code vmName}, over the wire only:
     * the VM is found by its ElementName, its relay by CIM_HostedService, and the relay's
     * ConfigureGuestAgent gets URL, fingerprint and token. Returns once the node-agent reaches the
     * guest, i.e. the VM hosts a CIM_AccountManagementService.
     */
    public void configureAsGuestOf(WBEMClient client, String vmName) throws WBEMException, InterruptedException {
        CIMObjectPath vm = virtualSystem(client, vmName);
        List<CIMObjectPath> relays = all(client.associatorNames(vm, "CIM_HostedService", "VEM_GuestRelayService", "Antecedent",
                "Dependent"));
        if (relays.size() != 1) {
            throw new IllegalStateException("VM " + vmName + " hosts " + relays.size() + " VEM_GuestRelayService, expected 1");
        }
        Object rc = client.invokeMethod(relays.get(0), "ConfigureGuestAgent", new CIMArgument<?>[] {
            new CIMArgument<>("URL", CIMDataType.STRING_T, url.toString()),
            new CIMArgument<>("Fingerprint", CIMDataType.STRING_T, fingerprint),
            new CIMArgument<>("Token", CIMDataType.STRING_T, token)}, new CIMArgument<?>[0]);
        if (!new UnsignedInteger32(0).equals(rc)) {
            throw new IllegalStateException("ConfigureGuestAgent on VM " + vmName + " returned " + rc);
        }
        awaitAccountService(client, vm, vmName);
    }

    private void awaitAccountService(WBEMClient client, CIMObjectPath vm, String vmName) throws WBEMException, InterruptedException {
        long deadline = System.nanoTime() + REACH_TIMEOUT.toNanos();
        while (all(client.associatorNames(vm, "CIM_HostedService", "CIM_AccountManagementService", "Antecedent", "Dependent"))
                .isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the node-agent did not reach the guest-agent of VM " + vmName + " within "
                    + REACH_TIMEOUT.toSeconds() + " s; the guest-agent's output:\n" + String.join("\n", output()));
            }
            // A guest that did not answer in time is left alone for a while; ask again until it is.
            TimeUnit.SECONDS.sleep(2);
        }
    }

    private static CIMObjectPath virtualSystem(WBEMClient client, String vmName) throws WBEMException {
        for (CIMInstance system : all(client.enumerateInstances(new CIMObjectPath(null, null, null, VIRT, "CIM_ComputerSystem", null),
                true, false, false, null))) {
            if (vmName.equals(system.getPropertyValue("ElementName"))) {
                return system.getObjectPath();
            }
        }
        throw new IllegalStateException("no CIM_ComputerSystem named " + vmName + " in " + VIRT);
    }

    private static <T> List<T> all(CloseableIterator<T> it) {
        try {
            List<T> items = new ArrayList<>();
            it.forEachRemaining(items::add);
            return items;
        } finally {
            it.close();
        }
    }

    public URI url() {
        return url;
    }

    public String fingerprint() {
        return fingerprint;
    }

}

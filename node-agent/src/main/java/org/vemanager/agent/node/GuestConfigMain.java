package org.vemanager.agent.node;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vemanager.agent.node.guest.GuestDirectory;
import org.vemanager.agent.node.guest.GuestEndpoint;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.mof.cli.SerialFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem guest-config}: points a VM at its guest-agent. The endpoint and fingerprint go into
 * the VM's libvirt metadata (they travel with the VM); the token goes into the node-agent's state
 * directory, mode 0600, named after the VM's UUID. A running node-agent picks the change up on its
 * next request to that guest. The served MOF has no method for this, so it is a host-side command,
 * run by whoever may change the host's libvirt definitions.
 */
@Command(name = "guest-config", mixinStandardHelpOptions = true, version = "VE-manager guest-config " + NodeAgent.VERSION,
        description = "Configure (or --remove) the guest-agent of one VM for this host's node-agent.")
public final class GuestConfigMain implements Callable<Integer> {

    @Option(names = "--libvirt", paramLabel = "URI", defaultValue = "",
            description = "The node-agent's libvirt connection (default: the host's default connection).")
    String libvirtUri;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "The node-agent's --state-dir (default: as the node-agent's default).")
    Path stateDir;

    @Option(names = "--vm", paramLabel = "UUID|NAME", required = true, description = "The VM, by UUID or name.")
    String vm;

    @Option(names = "--url", paramLabel = "URL", description = "The guest-agent's address, e.g. https://10.0.0.5:8765/.")
    String url;

    @Option(names = "--fingerprint", paramLabel = "SHA256",
            description = "The SHA-256 fingerprint of the agent's certificate, as it printed at start-up.")
    String fingerprint;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the VM's guest-agent token.")
    Path tokenFile;

    @Option(names = "--remove", description = "Remove the VM's guest-agent configuration instead.")
    boolean remove;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return new CommandLine(new GuestConfigMain()).execute(args);
    }

    @Override
    public Integer call() {
        if (!remove && (url == null || fingerprint == null || tokenFile == null)) {
            System.err.println("guest-config: --url, --fingerprint and --token-file are required (or --remove)");
            return 2;
        }
        try (Hypervisor hypervisor = Hypervisor.open(libvirtUri)) {
            GuestDirectory guests = new GuestDirectory(new VirtHost(hypervisor, null),
                    stateDir != null ? stateDir : NodeAgentOptions.defaultStateDir(), GuestDirectory.Limits.DEFAULT);
            DomainView domain = find(hypervisor);
            if (remove) {
                guests.unconfigure(domain.uuid());
                System.out.println("guest-config: VM '" + domain.name() + "' (" + domain.uuid() + ") has no guest-agent now");
                return 0;
            }
            GuestEndpoint endpoint = guests.configure(domain.uuid(), new URI(url), fingerprint, readToken());
            System.out.println("guest-config: VM '" + domain.name() + "' (" + domain.uuid() + ") → " + endpoint.url()
                    + ", certificate SHA-256 " + endpoint.fingerprint() + ", token in the state directory as "
                    + endpoint.tokenRef());
            return 0;
        } catch (CimException e) {
            System.err.println("guest-config: " + e.description());
            return e.status() == org.vemanager.wbem.spi.CimStatus.INVALID_PARAMETER ? 2 : 1;
        } catch (URISyntaxException e) {
            System.err.println("guest-config: --url '" + url + "' is not a URL: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("guest-config: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("guest-config: " + e.getMessage());
            return 1;
        }
    }

    private DomainView find(Hypervisor hypervisor) throws CimException {
        for (DomainView domain : hypervisor.domains()) {
            if (domain.uuid().equalsIgnoreCase(vm) || domain.name().equals(vm)) {
                return domain;
            }
        }
        throw new CimException(org.vemanager.wbem.spi.CimStatus.INVALID_PARAMETER,
                "--vm '" + vm + "': no VM with that UUID or name on " + hypervisor.uri());
    }

    private String readToken() throws IOException {
        if (!Files.isReadable(tokenFile)) {
            throw new IOException("--token-file " + tokenFile + " cannot be read");
        }
        return Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
    }
}

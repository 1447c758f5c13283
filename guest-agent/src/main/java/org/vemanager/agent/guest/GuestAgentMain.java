package org.vemanager.agent.guest;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.vemanager.agent.guest.server.GuestAgentServer;
import org.vemanager.agent.guest.server.TokenAuthenticator;
import org.vemanager.agent.guest.tls.PinnedTrustManager;
import org.vemanager.agent.guest.tls.TlsIdentity;
import org.vemanager.agent.guest.xml.HardenedSax;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem guest-agent}: the in-VM XML-RPC agent. Prints one line at start-up,
 * {@code guest-agent: listening on https://ADDR:PORT/RPC2, certificate SHA-256 FP}; the fingerprint
 * is what the node-agent pins.
 */
@Command(name = "guest-agent", mixinStandardHelpOptions = true, version = "vem guest-agent " + GuestAgent.VERSION,
    description = {
        "The VE-manager guest agent: an XML-RPC service (HTTPS, token or mutual-TLS authentication) that "
            + "manages this VM's users, groups, admin rights, processes and systemd services.",
        "Prints the SHA-256 fingerprint of its TLS certificate at start-up; give it to the node-agent."})
public final class GuestAgentMain implements Callable<Integer> {
    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "0.0.0.0:8765",
        description = "Address and port to listen on (default: ${DEFAULT-VALUE}; the node-agent reaches the VM over its network).")
    String listen;

    @Option(names = "--token-file", paramLabel = "FILE",
        description = "File holding the per-VM secret token (>= 16 characters; must not be world-readable). "
            + "Required unless --client-cert-sha256 is given.")
    Path tokenFile;

    @Option(names = "--client-cert-sha256", paramLabel = "FP",
        description = "Require mutual TLS: the client's certificate must have this SHA-256 fingerprint.")
    String clientCertSha256;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
        description = "PKCS12 keystore with the agent's key and certificate (default: generated in the state directory).")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "File holding the --tls-keystore password.")
    Path tlsPasswordFile;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "/var/lib/vem-guest-agent",
        description = "Where the generated keystore lives (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "20",
        description = "Requests per second accepted on average (default: ${DEFAULT-VALUE}); bursts up to --burst.")
    double rate;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "40",
        description = "Largest burst of requests (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "262144",
        description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    int maxRequestBytes;

    @Option(names = "--insecure-plain-http", description = "Serve plain HTTP instead of HTTPS (only on a channel that is already private).")
    boolean plainHttp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.installRejectAll();
        return new CommandLine(new GuestAgentMain()).execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        GuestAgentServer server;
        try {
            server = start();
        } catch (IllegalArgumentException e) {
            err.println("guest-agent: " + e.getMessage());
            return 2;
        } catch (IOException | GeneralSecurityException e) {
            err.println("guest-agent: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "guest-agent-shutdown"));
        stopped.await();
        return 0;
    }

    GuestAgentServer start() throws IOException, GeneralSecurityException {
        HardenedSax.installAsXmlRpcDefault();
        InetSocketAddress address = parseListen(listen);
        if ((tlsKeystore == null) != (tlsPasswordFile == null)) {
            throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together");
        }
        if (tokenFile == null && clientCertSha256 == null) {
            throw new IllegalArgumentException("--token-file is required (or --client-cert-sha256 for mutual TLS)");
        }
        if (plainHttp && clientCertSha256 != null) {
            throw new IllegalArgumentException("--client-cert-sha256 needs TLS; drop --insecure-plain-http");
        }
        TokenAuthenticator authenticator = tokenFile == null ? null : new TokenAuthenticator(SecretFiles.token(tokenFile));
        GuestAgentServer.Limits limits = new GuestAgentServer.Limits(rate, burst, maxRequestBytes, 4);
        SSLContext tls = null;
        String fingerprint = null;
        if (!plainHttp) {
            TlsIdentity identity = tlsKeystore != null
                ? TlsIdentity.load(tlsKeystore, SecretFiles.password(tlsPasswordFile))
                : TlsIdentity.loadOrGenerate(stateDir, "vem-guest-agent");
            TrustManager[] clientTrust = clientCertSha256 == null ? null
                : new TrustManager[] {new PinnedTrustManager(clientCertSha256)};
            tls = identity.serverContext(clientTrust);
            fingerprint = identity.fingerprint();
        }
        GuestAgentServer server = GuestAgentServer.start(address, tls, clientCertSha256 != null, authenticator,
            GuestAgent.dispatcher(), limits);
        PrintWriter out = spec.commandLine().getOut();
        out.println("guest-agent: listening on " + server.uri().getScheme() + "://" + address.getHostString() + ":"
            + server.address().getPort() + "/RPC2"
            + (fingerprint == null ? " (PLAIN HTTP, insecure)" : ", certificate SHA-256 " + fingerprint));
        out.flush();
        return server;
    }

    static InetSocketAddress parseListen(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--listen '" + text + "': expected ADDR:PORT, e.g. 0.0.0.0:8765");
        }
        String host = text.substring(0, colon).replace("[", "").replace("]", "");
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host.isEmpty() ? "0.0.0.0" : host, port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--listen '" + text + "': the port must be a number from 0 to 65535");
        }
    }
}

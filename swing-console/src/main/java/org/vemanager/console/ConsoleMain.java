package org.vemanager.console;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.vemanager.console.client.CertificatePins;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.ClusterModel;
import org.vemanager.console.ui.MainFrame;
import org.vemanager.console.ui.Theme;
import org.vemanager.console.ui.connect.NodeDialogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./vem console}: the desktop console. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "The VE-manager desktop console: the cluster, its VMs, a CIM browser.")
public final class ConsoleMain implements Callable<Integer> {

    @Option(names = "--node", paramLabel = "URL", description = "A node to show, e.g. https://host:5989 (repeatable; "
            + "added to the remembered nodes).")
    List<String> nodes = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER", defaultValue = "admin", description = "User for --node (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password for --node nodes from FILE (must not be readable by others). "
                    + "Without it the console asks; passwords are never stored.")
    Path passwordFile;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "Where settings and pinned certificates live "
            + "(default: ~/.config/vem).")
    Path configDir;

    @Option(names = "--trust-on-first-use", description = "Pin a node's certificate without asking on first contact "
            + "(for scripted demos on one machine); a CHANGED certificate is still refused.")
    boolean trustOnFirstUse;

    @Option(names = "--poll-seconds", defaultValue = "10", description = "Refresh period (default: ${DEFAULT-VALUE}).")
    long pollSeconds;

    /** Set once the window is up: then the JVM lives until the window closes, not until main returns. */
    private static volatile boolean windowOpened;

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || !windowOpened) {
            System.exit(code);
        }
    }

    static int run(String... args) {
        SerialFilter.install();
        return new CommandLine(new ConsoleMain()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("console: no display (set DISPLAY, or run under xvfb-run)");
            return 1;
        }
        ConsoleSettings settings = ConsoleSettings.load(configDir != null ? configDir : ConsoleSettings.defaultDir());
        Map<String, NodeEndpoint> endpoints = new LinkedHashMap<>();
        settings.nodes().forEach(n -> endpoints.put(n.label(), n));
        List<NodeEndpoint> given = new ArrayList<>();
        for (String url : nodes) {
            NodeEndpoint endpoint = NodeEndpoint.parse(url, user);
            endpoints.put(endpoint.label(), endpoint);
            given.add(endpoint);
        }
        char[] password = passwordFile != null ? readPasswordFile(passwordFile) : null;
        CertificatePins pins = new CertificatePins(settings.pinsFile());
        if (trustOnFirstUse) {
            pinFirstContacts(pins, given);
        }
        Theme.apply(settings.darkTheme());
        windowOpened = true;
        SwingUtilities.invokeLater(() -> {
            MainFrame[] frame = new MainFrame[1];
            Cluster cluster = new Cluster(new ClusterModel(), pins, endpoint -> password != null && given.contains(endpoint)
                    ? password.clone() : NodeDialogs.askPassword(frame[0], endpoint));
            frame[0] = new MainFrame(settings, cluster);
            frame[0].setVisible(true);
            endpoints.values().forEach(cluster::add);
            cluster.startPolling(pollSeconds);
        });
        return 0;
    }

    private static void pinFirstContacts(CertificatePins pins, List<NodeEndpoint> endpoints) throws IOException {
        for (NodeEndpoint endpoint : endpoints) {
            if ("https".equals(endpoint.url().getScheme()) && pins.pinned(endpoint.hostPort()) == null) {
                String fingerprint = FirstContact.fingerprint(endpoint);
                if (fingerprint != null) {
                    pins.pin(endpoint.hostPort(), fingerprint);
                }
            }
        }
    }

    private static char[] readPasswordFile(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                throw new CommandLine.ParameterException(new CommandLine(new ConsoleMain()),
                        "--password-file " + file + " is readable by others; chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile protects the file.
        }
        return Files.readString(file).strip().toCharArray();
    }
}

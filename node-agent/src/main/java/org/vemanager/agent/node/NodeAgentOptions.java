package org.vemanager.agent.node;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The node-agent's options. Each may also be given in the {@code --config} file as
 * {@code name = value} with the long option name without its dashes (e.g. {@code https-port = 5989});
 * the command line wins over the file.
 */
public final class NodeAgentOptions {

    @Option(names = "--libvirt", paramLabel = "URI",
            description = "libvirt connection URI (qemu:///system, xen:///, lxc:///, test:///abs/path/host.xml). "
                    + "Default: the host's default hypervisor connection, if one answers.")
    String libvirtUri;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bindAddress;

    @Option(names = "--https-port", paramLabel = "PORT", defaultValue = "" + NodeAgentConfig.DEFAULT_HTTPS_PORT,
            description = "HTTPS port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int httpsPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "-1",
            description = "Also serve plain HTTP on this port (off unless given).")
    int httpPort;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Password file (create users with ./vem passwd). Required: there is no anonymous access.")
    Path authFile;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the TLS keystore and persistent subscriptions are kept "
                    + "(default: /var/lib/vem/node-agent as root, else ~/.local/state/vem/node-agent).")
    Path stateDir;

    @Option(names = "--level1",
            description = "Run level 1 of the scheduler: every minute, set each running VM's CPU weight (cpu_shares) "
                    + "and balloon target from its measured demand (off unless given; config file: level1 = true).")
    boolean level1;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read options from FILE (name = value lines, long option names without dashes).")
    Path configFile;

    NodeAgentConfig toConfig() {
        Path state = stateDir != null ? stateDir : defaultStateDir();
        return new NodeAgentConfig(libvirtUri, bindAddress, httpsPort, httpPort, authFile, state, level1);
    }

    static Path defaultStateDir() {
        Path system = Path.of("/var/lib/vem/node-agent");
        if ("root".equals(System.getProperty("user.name")) || Files.isWritable(system)) {
            return system;
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "vem", "node-agent");
    }
}

package org.vemanager.agent.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.mof.cli.SerialFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./vem node-agent}: the per-host WBEM server over libvirt. */
@Command(name = "node-agent", mixinStandardHelpOptions = true, version = "VE-manager node-agent " + NodeAgent.VERSION,
        description = "Serve this host's virtual systems as DMTF CIM over HTTPS (CIM-XML), through libvirt.")
public final class NodeAgentMain implements Callable<Integer> {

    @Mixin
    NodeAgentOptions options = new NodeAgentOptions();

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info, debug or trace (default: ${DEFAULT-VALUE}).")
    String logLevel;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        CommandLine cli = new CommandLine(new NodeAgentMain());
        Path configFile = configFileOf(args);
        if (configFile != null) {
            if (!Files.isReadable(configFile)) {
                System.err.println("node-agent: cannot read --config " + configFile);
                return 2;
            }
            cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(configFile.toFile()));
        }
        return cli.execute(args);
    }

    /** --config is read before the rest, so the file can supply the other options' defaults. */
    private static Path configFileOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }

    @Override
    public Integer call() throws Exception {
        // One logging facade (slf4j); its simple binding reads these before the first logger exists.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logLevel);
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        NodeAgentConfig config = options.toConfig();
        if (config.authFile() == null) {
            System.err.println("node-agent: --auth-file is required (create users with ./vem passwd); "
                    + "there is no anonymous access");
            return 2;
        }
        if (!Files.isRegularFile(config.authFile()) || !Files.isReadable(config.authFile())) {
            System.err.println("node-agent: the password file " + config.authFile() + " does not exist or cannot be read; "
                    + "create it with ./vem passwd --file " + config.authFile() + " --user NAME --role admin");
            return 2;
        }
        NodeAgent agent;
        try {
            agent = NodeAgent.start(config);
        } catch (CimException e) {
            System.err.println("node-agent: " + e.description());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            System.out.println("node-agent stopped");
            stopped.countDown();
        }, "node-agent-shutdown"));
        printReady(agent);
        stopped.await();
        return 0;
    }

    private static void printReady(NodeAgent agent) {
        String host = agent.config().bindAddress().equals("0.0.0.0") ? "localhost" : agent.config().bindAddress();
        System.out.println("VE-manager node-agent " + NodeAgent.VERSION + " ready (libvirt "
                + (agent.config().libvirtUri() == null ? "default connection" : agent.config().libvirtUri()) + ")");
        if (agent.httpsPort() > 0) {
            System.out.println("  https://" + host + ":" + agent.httpsPort() + "/cimom  certificate SHA-256 "
                    + agent.certificateFingerprint());
        }
        if (agent.httpPort() > 0) {
            System.out.println("  http://" + host + ":" + agent.httpPort() + "/cimom");
        }
        System.out.flush();
    }
}

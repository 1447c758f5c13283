package org.vemanager.agent.node.demo;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vemanager.agent.node.NodeAgent;
import org.vemanager.agent.node.NodeAgentConfig;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.security.PasswordFile;
import org.vemanager.wbem.security.PasswordHash;
import org.vemanager.wbem.security.UserEntry;
import org.vemanager.mof.cli.SerialFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem demo}: three node-agents on generated libvirt test-driver hosts, authentication on,
 * in one JVM (each with its own libvirt connection, so three independent hosts), and the console
 * when a display is available. Runs until Ctrl-C and stops everything it started.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a small demo cluster: three node-agents on libvirt's test driver, and the console.")
public final class DemoMain implements Callable<Integer> {

    private static final int FIRST_PORT = 5989;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Option(names = "--console-command", paramLabel = "CMD", split = " ",
            description = "How to start the console (./vem passes its own 'console' command).")
    List<String> consoleCommand = new ArrayList<>();

    @Option(names = "--no-console", description = "Do not open the console even when a display is available.")
    boolean noConsole;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to keep the demo's hosts and state (default: a new temp dir).")
    Path dir;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return new CommandLine(new DemoMain()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vem-demo-");
        String password = generatePassword();
        Path passwd = home.resolve("passwd");
        PasswordFile.write(passwd, Map.of("admin", new UserEntry("admin", Role.ADMIN,
                PasswordHash.create(password.toCharArray(), PasswordHash.DEFAULT_ITERATIONS))));
        List<NodeAgent> agents = new ArrayList<>();
        Process console = null;
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        // Ctrl-C/SIGTERM: wake the main thread and keep the JVM alive until it has stopped everything.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                cleanedUp.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-stop"));
        try {
            int port = FIRST_PORT;
            for (int i = 0; i < DemoHost.count(); i++) {
                port = freePortFrom(port);
                Path host = DemoHost.write(home, i);
                agents.add(NodeAgent.start(new NodeAgentConfig("test://" + host.toAbsolutePath(), "127.0.0.1", port,
                        NodeAgentConfig.HTTP_OFF, passwd, home.resolve("state-node" + (i + 1)))));
                port++;
            }
            printCluster(agents, password, home);
            console = startConsole(agents, password, home);
            System.out.println("Press Ctrl-C to stop the demo.");
            stop.await();
        } finally {
            if (console != null) {
                console.destroy();
                console.waitFor(5, TimeUnit.SECONDS);
            }
            agents.forEach(NodeAgent::close);
            System.out.println("demo stopped (its files stay in " + home + ")");
            cleanedUp.countDown();
        }
        return 0;
    }

    private static void printCluster(List<NodeAgent> agents, String password, Path home) {
        System.out.println();
        System.out.println("VE-manager demo: " + agents.size() + " nodes on libvirt's test driver (files in " + home + ")");
        System.out.println("user admin, password " + password);
        System.out.println();
        for (int i = 0; i < agents.size(); i++) {
            NodeAgent agent = agents.get(i);
            String url = "https://127.0.0.1:" + agent.httpsPort();
            System.out.println("node" + (i + 1) + "  " + url + "   certificate SHA-256 " + agent.certificateFingerprint());
            System.out.println("  wbemcli -noverify ei 'https://admin:" + password + "@127.0.0.1:" + agent.httpsPort()
                    + "/root/virt:VEM_ComputerSystem' ElementName,EnabledState");
        }
        System.out.println();
    }

    private Process startConsole(List<NodeAgent> agents, String password, Path home) throws IOException {
        if (noConsole || consoleCommand.isEmpty() || GraphicsEnvironment.isHeadless()) {
            System.out.println("(no display: the console is not opened; run ./vem console --node URL … on a desktop)");
            return null;
        }
        Path passwordFile = home.resolve("console-password");
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password);
        List<String> command = new ArrayList<>(consoleCommand);
        for (NodeAgent agent : agents) {
            command.add("--node");
            command.add("https://127.0.0.1:" + agent.httpsPort());
        }
        command.addAll(List.of("--user", "admin", "--password-file", passwordFile.toString(), "--trust-on-first-use",
                "--config-dir", home.resolve("console").toString()));
        System.out.println("opening the console …");
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static int freePortFrom(int port) {
        for (int candidate = port; candidate < port + 100; candidate++) {
            try (ServerSocket probe = new ServerSocket(candidate)) {
                return candidate;
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        return 0;
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}

package org.vemanager.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real node-agent process on a private libvirt test-driver host, started the way an operator
 * would: users created with the {@code passwd} command, then the agent's main with its options.
 * The suite knows only the command lines and the ready lines the agent prints, nothing of its code.
 */
public final class NodeAgentProcess extends AgentProcess {

    static final String NODE_AGENT_MAIN = "org.vemanager.agent.node.NodeAgentMain";
    static final String PASSWD_MAIN = "org.vemanager.wbem.security.PasswdMain";
    private static final Pattern HTTPS_READY = Pattern.compile("https://[^\\s/]+:(\\d+)/cimom");
    private static final Pattern HTTP_READY = Pattern.compile("http://[^\\s/]+:(\\d+)/cimom");

    /** A user the suite creates on every agent, one per role. */
    public record User(String name, String password, String role) {
    }

    public static final User ADMIN = new User("admin", "admin-Secret-1", "admin");
    public static final User OPERATOR = new User("oper", "oper-Secret-1", "operator");
    public static final User READER = new User("reader", "reader-Secret-1", "reader");

    private final int httpsPort;
    private final int httpPort;
    private final Path dir;

    private NodeAgentProcess(Started started, Path dir) {
        super(started);
        this.dir = dir;
        this.httpsPort = Integer.parseInt(started.ready().get(0).group(1));
        this.httpPort = Integer.parseInt(started.ready().get(1).group(1));
    }

    /** Starts an agent on a private copy of the host fixture {@code hostResource}. */
    public static NodeAgentProcess start(Path dir, String hostResource) throws IOException, InterruptedException {
        Path host = dir.resolve("host.xml");
        try (InputStream in = NodeAgentProcess.class.getResourceAsStream("/hosts/" + hostResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no host fixture " + hostResource);
            }
            Files.writeString(host, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@DIR@", dir.toString()));
        }
        Path passwd = dir.resolve("passwd");
        for (User user : List.of(ADMIN, OPERATOR, READER)) {
            addUser(passwd, user);
        }
        List<String> command = java(NODE_AGENT_MAIN, "--libvirt", "test://" + host.toAbsolutePath(),
                "--bind", "127.0.0.1", "--https-port", "0", "--http-port", "0",
                "--auth-file", passwd.toString(), "--state-dir", dir.resolve("state").toString());
        return new NodeAgentProcess(launch("node-agent", command, HTTPS_READY, HTTP_READY), dir);
    }

    /** Runs the passwd command as an operator would, password on stdin. */
    static void addUser(Path passwd, User user) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(PASSWD_MAIN, "--file", passwd.toString(), "--user", user.name(),
                "--role", user.role())).redirectErrorStream(true).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write((user.password() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("passwd failed for " + user.name() + ": " + out);
        }
    }

    public int httpsPort() {
        return httpsPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path dir() {
        return dir;
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String httpsUrl() {
        return "https://127.0.0.1:" + httpsPort;
    }

}

package org.vemanager.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;

/** The standard clients the suite judges with: the SBLIM Java client and the wbemcli command. */
public final class Clients {

    private Clients() {
    }

    /** An SBLIM client logged in as {@code user} over plain HTTP. */
    public static WBEMClient sblim(NodeAgentProcess agent, NodeAgentProcess.User user) throws WBEMException {
        return sblim("http", agent.httpPort(), user.name(), user.password());
    }

    public static WBEMClient sblim(String scheme, int port, String user, String password) throws WBEMException {
        WBEMClient client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
        CIMObjectPath server = new CIMObjectPath(scheme, "127.0.0.1", String.valueOf(port), null, null, null);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrivateCredentials().add(new PasswordCredential(password));
        client.initialize(server, subject, new Locale[] {Locale.US});
        client.setProperty("sblim.wbem.httpTimeout", "20000");
        return client;
    }

    /** What a wbemcli run printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs {@code wbemcli OP URL ARGS…} against the agent's plain-HTTP port as {@code user};
     * {@code objectPart} is what follows the host in wbemcli's URL syntax, e.g.
     * {@code /root/virt:CIM_ComputerSystem}.
     */
    public static Result wbemcli(NodeAgentProcess agent, NodeAgentProcess.User user, String op, String objectPart,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wbemcli", op,
                "http://" + user.name() + ":" + user.password() + "@127.0.0.1:" + agent.httpPort() + objectPart));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wbemcli did not finish: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}

package org.vemanager.conformance;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;

/**
 * Gives the class's agent (from {@link AgentExtension}, so register this one after it) a real
 * guest-agent: started in a private temporary directory, made the guest of the running VM
 * {@value #VM} over CIM, and stopped after the class. For suites that judge what lives inside the
 * guests, such as Simple Identity Management (DSP1034), whose central instances exist only for VMs
 * whose guest-agent answers.
 */
public final class GuestAgentExtension implements BeforeAllCallback, AfterAllCallback {

    /** The running VM of {@code small.xml} that gets the guest-agent. */
    public static final String VM = "alpha";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GuestAgentExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        NodeAgentProcess agent = AgentExtension.agent(context);
        GuestAgentProcess guest = GuestAgentProcess.start(Files.createTempDirectory("vem-conformance-guest-"));
        context.getStore(NS).put("guest", guest);
        // Configuring needs the operator role (admin includes it).
        WBEMClient client = Clients.sblim(agent, NodeAgentProcess.ADMIN);
        try {
            guest.configureAsGuestOf(client, VM);
        } finally {
            client.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        GuestAgentProcess guest = context.getStore(NS).remove("guest", GuestAgentProcess.class);
        if (guest != null) {
            guest.close();
        }
    }
}

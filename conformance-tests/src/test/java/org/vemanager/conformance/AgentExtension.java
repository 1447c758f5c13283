package org.vemanager.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real node-agent per test class, on a private copy of the {@code small.xml} host, stopped (with
 * SIGTERM, checking a clean exit) after the class. Tests receive it as a parameter.
 */
public final class AgentExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AgentExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path dir = Files.createTempDirectory("vem-conformance-");
        context.getStore(NS).put("agent", NodeAgentProcess.start(dir, "small.xml"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        NodeAgentProcess agent = context.getStore(NS).remove("agent", NodeAgentProcess.class);
        if (agent != null) {
            agent.close();
        }
    }

    /** The agent this extension started for the class of {@code context} (for extensions registered after it). */
    public static NodeAgentProcess agent(ExtensionContext context) {
        NodeAgentProcess agent = context.getStore(NS).get("agent", NodeAgentProcess.class);
        if (agent == null) {
            throw new IllegalStateException("no agent: register AgentExtension before the extensions that use its agent");
        }
        return agent;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NodeAgentProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return agent(context);
    }
}

package org.vemanager.agent.node;

import java.nio.file.Path;

/**
 * A node-agent's settings, after the command line and the config file were merged.
 *
 * @param libvirtUri the hypervisor connection, or {@code null} for the host's default
 * @param bindAddress where to listen
 * @param httpsPort the HTTPS port (0 = any free port)
 * @param httpPort the plain-HTTP port, or {@code -1} when plain HTTP is off (the default)
 * @param authFile the password file managed by {@code ./vem passwd}
 * @param stateDir where the TLS keystore and persistent subscriptions live
 */
public record NodeAgentConfig(
        String libvirtUri,
        String bindAddress,
        int httpsPort,
        int httpPort,
        Path authFile,
        Path stateDir) {

    public static final int DEFAULT_HTTPS_PORT = 5989;
    public static final int HTTP_OFF = -1;

    public boolean httpEnabled() {
        return httpPort != HTTP_OFF;
    }
}

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
 * @param level1 whether the level-1 round sets the VMs' CPU weights and balloon targets (off by default)
 */
public record NodeAgentConfig(
        String libvirtUri,
        String bindAddress,
        int httpsPort,
        int httpPort,
        Path authFile,
        Path stateDir,
        boolean level1) {

    public static final int DEFAULT_HTTPS_PORT = 5989;
    public static final int HTTP_OFF = -1;

    /** Level 1 off. */
    public NodeAgentConfig(String libvirtUri, String bindAddress, int httpsPort, int httpPort, Path authFile, Path stateDir) {
        this(libvirtUri, bindAddress, httpsPort, httpPort, authFile, stateDir, false);
    }

    public boolean httpEnabled() {
        return httpPort != HTTP_OFF;
    }
}

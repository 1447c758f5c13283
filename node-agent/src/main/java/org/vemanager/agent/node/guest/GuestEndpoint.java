package org.vemanager.agent.node.guest;

import java.net.URI;
import java.util.regex.Pattern;
import org.vemanager.agent.guest.tls.Fingerprints;

/**
 * Where a VM's guest-agent listens and how we recognise it: what the VM's libvirt metadata says.
 * The token itself is not here (any libvirt reader sees domain XML): {@code tokenRef} names the
 * file in the node-agent's state directory that holds it ({@link GuestTokens}).
 *
 * @param url the agent's https URL, e.g. {@code https://10.0.0.5:8765/}
 * @param fingerprint the SHA-256 fingerprint of the agent's certificate, as it printed at start-up
 * @param tokenRef the name of the token in the state directory (usually the VM's UUID)
 */
public record GuestEndpoint(URI url, String fingerprint, String tokenRef) {

    private static final Pattern TOKEN_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public GuestEndpoint {
        if (url == null || !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("url: expected https://HOST:PORT/, got " + url);
        }
        try {
            fingerprint = Fingerprints.normalize(fingerprint);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("fingerprint: " + e.getMessage(), e);
        }
        if (tokenRef == null || !TOKEN_REF.matcher(tokenRef).matches()) {
            throw new IllegalArgumentException("tokenRef: expected 1 to 64 of A-Z a-z 0-9 . _ - (a file name), got "
                    + tokenRef);
        }
    }
}

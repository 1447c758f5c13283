package org.vemanager.console.client;

import java.security.cert.CertificateException;

/**
 * A node presented a certificate the user has not accepted yet (first contact) or one that differs
 * from the pinned one (possible attack, or a re-generated key). The UI shows the fingerprint and asks.
 */
public class UnpinnedCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final String hostPort;
    private final String fingerprint;
    private final String previous;

    public UnpinnedCertificateException(String hostPort, String fingerprint, String previous) {
        super(previous == null
                ? "the certificate of " + hostPort + " is not trusted yet (SHA-256 " + fingerprint + ")"
                : "the certificate of " + hostPort + " CHANGED (was " + previous + ", now " + fingerprint + ")");
        this.hostPort = hostPort;
        this.fingerprint = fingerprint;
        this.previous = previous;
    }

    public String hostPort() {
        return hostPort;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The fingerprint pinned before, or null on first contact. */
    public String previous() {
        return previous;
    }
}

package org.vemanager.agent.guest.tls;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one certificate: the peer's leaf must have the pinned SHA-256 fingerprint. No
 * CA, no host name: a guest-agent's certificate is self-signed and its address is whatever the
 * VM got, so the pin (learned from the agent's start-up line) is the whole identity. Extends
 * {@link X509ExtendedTrustManager} so the JDK does not add its own host-name check on top.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final String pin;

    public PinnedTrustManager(String sha256Fingerprint) {
        this.pin = Fingerprints.normalize(sha256Fingerprint);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the peer sent no certificate");
        }
        String actual = Fingerprints.sha256(chain[0]);
        if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII), pin.getBytes(StandardCharsets.US_ASCII))) {
            throw new CertificateException("certificate fingerprint mismatch: expected SHA-256 " + pin + ", got " + actual);
        }
        chain[0].checkValidity();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

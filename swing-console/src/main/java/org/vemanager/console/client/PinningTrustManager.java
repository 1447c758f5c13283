package org.vemanager.console.client;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Trusts exactly the pinned certificate of one node, whatever signed it (nodes self-sign). */
final class PinningTrustManager implements X509TrustManager {

    private final CertificatePins pins;
    private final String hostPort;
    private volatile UnpinnedCertificateException lastRefusal;

    PinningTrustManager(CertificatePins pins, String hostPort) {
        this.pins = pins;
        this.hostPort = hostPort;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no server certificate");
        }
        String fingerprint = CertificatePins.fingerprint(chain[0]);
        String pinned = pins.pinned(hostPort);
        if (!fingerprint.equals(pinned)) {
            lastRefusal = new UnpinnedCertificateException(hostPort, fingerprint, pinned);
            throw lastRefusal;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the console does not accept client connections here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    /** Why the last handshake was refused, for the UI (the client library wraps the cause away). */
    UnpinnedCertificateException lastRefusal() {
        return lastRefusal;
    }
}

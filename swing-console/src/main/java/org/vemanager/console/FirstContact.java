package org.vemanager.console;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.vemanager.console.client.CertificatePins;
import org.vemanager.console.client.NodeEndpoint;

/**
 * Reads a node's certificate fingerprint with a bare TLS handshake, for --trust-on-first-use. Nothing
 * is sent over this connection; it only learns what the node presents.
 */
final class FirstContact {

    private FirstContact() {
    }

    static String fingerprint(NodeEndpoint endpoint) {
        X509Certificate[] seen = new X509Certificate[1];
        TrustManager capture = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("client side only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain[0];
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {capture}, null);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(endpoint.url().getHost(), endpoint.port())) {
                socket.setSoTimeout(5000);
                socket.startHandshake();
            }
        } catch (IOException | GeneralSecurityException e) {
            return null;
        }
        return seen[0] == null ? null : CertificatePins.fingerprint(seen[0]);
    }
}

package org.vemanager.wbem.testsupport;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.Subject;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.metricshub.wbem.sblim.cimclient.WBEMClientSBLIM;

/** Real SBLIM CIM-XML clients for tests: plain HTTP, or HTTPS trusting exactly the server's generated certificate. */
public final class SblimClients {

    private SblimClients() {
    }

    public static WBEMClient http(int port, String user, String password) throws Exception {
        return client("http", port, user, password, null);
    }

    /** HTTPS pinned to the self-signed certificate the server generated under {@code stateDir}. */
    public static WBEMClient https(int port, String user, String password, Path stateDir) throws Exception {
        return client("https", port, user, password, pinnedContext(stateDir));
    }

    public static SSLContext pinnedContext(Path stateDir) throws Exception {
        Path tls = stateDir.resolve("tls");
        String password = Files.readString(tls.resolve("server.pass")).strip();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("server.p12"))) {
            trusted.load(in, password.toCharArray());
        }
        KeyStore certificatesOnly = KeyStore.getInstance("PKCS12");
        certificatesOnly.load(null, null);
        certificatesOnly.setCertificateEntry("server", trusted.getCertificate("vem-server"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(certificatesOnly);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static WBEMClient client(String scheme, int port, String user, String password, SSLContext tls) throws Exception {
        WBEMClient client = WBEMClientFactory.getClient("CIM-XML");
        if (tls != null) {
            ((WBEMClientSBLIM) client).setCustomSocketFactory(tls.getSocketFactory());
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrivateCredentials().add(new PasswordCredential(password));
        client.initialize(new CIMObjectPath(scheme, "127.0.0.1", String.valueOf(port), null, null, null), subject, null);
        return client;
    }
}

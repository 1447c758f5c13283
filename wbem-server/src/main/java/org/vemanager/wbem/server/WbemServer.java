package org.vemanager.wbem.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.cimxml.XmlTreeReader;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.security.Authenticator;
import org.vemanager.wbem.security.LoginThrottle;
import org.vemanager.wbem.security.SelfSignedKeystore;
import org.vemanager.wbem.server.handler.AuthenticationHandler;
import org.vemanager.wbem.server.handler.CimXmlHandler;
import org.vemanager.wbem.server.handler.LimitsHandler;

/**
 * The WBEM server: Jetty with an HTTPS (and optionally a plain HTTP) connector in front of a small
 * handler tree, limits → authentication → CIM-XML endpoint, which hands every decoded operation
 * to the {@link OperationDispatcher}.
 *
 * <pre>{@code
 * try (WbemServer server = new WbemServer(config, dispatcher)) {
 *     server.start();
 *     int port = server.httpsPort();
 * }
 * }</pre>
 */
public final class WbemServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WbemServer.class);

    private final WbemServerConfig config;
    private final OperationDispatcher dispatcher;
    private Server jetty;
    private ServerConnector httpsConnector;
    private ServerConnector httpConnector;
    private String certificateFingerprint;

    public WbemServer(WbemServerConfig config, OperationDispatcher dispatcher) {
        this.config = config;
        this.dispatcher = dispatcher;
    }

    /** Binds the ports and starts serving; throws when a port is taken or the keystore is unusable. */
    public synchronized void start() throws Exception {
        if (jetty != null) {
            throw new IllegalStateException("the server is already started");
        }
        WbemServerConfig.Limits limits = config.limits();
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, limits.maxConcurrentRequests() + 8));
        threads.setName("wbem");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        if (config.httpsPort() >= 0) {
            httpsConnector = httpsConnector(server, http);
            server.addConnector(httpsConnector);
        }
        if (config.httpPort() >= 0) {
            httpConnector = new ServerConnector(server, new HttpConnectionFactory(http));
            configure(httpConnector, config.httpPort());
            server.addConnector(httpConnector);
        }
        server.setHandler(handlers());
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        jetty = server;
        LOG.info("WBEM server listening: https={} http={}", httpsPort(), httpPort());
    }

    private LimitsHandler handlers() throws IOException {
        WbemServerConfig.Limits limits = config.limits();
        Authenticator authenticator = new Authenticator(config.passwordFile());
        long backoff = limits.loginBackoff().toMillis();
        LoginThrottle throttle = new LoginThrottle(backoff, backoff * 64, 10_000);
        CimXmlHandler endpoint = new CimXmlHandler(dispatcher, new XmlTreeReader(limits.xml()), new CimXmlHandler.Settings(
            limits.maxBodyBytes(), limits.bodyTimeout(), limits.responseBufferBytes(), config.hostName(), config.statisticsEnabled()));
        return new LimitsHandler(new AuthenticationHandler(endpoint, authenticator, throttle), limits.maxConcurrentRequests(),
            limits.maxBodyBytes());
    }

    private ServerConnector httpsConnector(Server server, HttpConfiguration http) throws IOException {
        Path keystore = config.keystore();
        String password = config.keystorePassword();
        if (keystore == null) {
            SelfSignedKeystore.Result generated = SelfSignedKeystore.ensure(config.stateDir(), config.hostName());
            keystore = generated.keystore();
            password = generated.password();
        }
        // Read once: Jetty would read the file again for its key and again as the default trust store.
        KeyStore store = SelfSignedKeystore.load(keystore, password);
        certificateFingerprint = SelfSignedKeystore.fingerprint(store, keystore);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(store);
        tls.setKeyStorePassword(password);
        tls.setKeyStoreType("PKCS12");
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        if (config.truststore() != null) {
            tls.setTrustStorePath(config.truststore().toString());
            tls.setTrustStorePassword(config.truststorePassword());
            tls.setTrustStoreType("PKCS12");
            // Want, not need: clients without a certificate still use Basic.
            tls.setWantClientAuth(true);
        } else {
            // what Jetty does with a keystore path and no trust store, without reading the file again
            tls.setTrustStore(store);
        }
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients reach nodes by address or by names the self-signed certificate cannot know.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
            new HttpConnectionFactory(https));
        configure(connector, config.httpsPort());
        return connector;
    }

    private void configure(ServerConnector connector, int port) {
        connector.setPort(port);
        connector.setHost(config.bindAddress());
        connector.setIdleTimeout(config.limits().idleTimeout().toMillis());
    }

    /** The bound HTTPS port (the real one when configured as 0), or -1 without HTTPS. */
    public int httpsPort() {
        return httpsConnector == null ? -1 : httpsConnector.getLocalPort();
    }

    /** The bound plain HTTP port, or -1 without HTTP. */
    public int httpPort() {
        return httpConnector == null ? -1 : httpConnector.getLocalPort();
    }

    /** SHA-256 fingerprint (hex) of the served certificate, or null without HTTPS. */
    public String certificateFingerprint() {
        return certificateFingerprint;
    }

    public synchronized void stop() throws Exception {
        if (jetty != null) {
            try {
                jetty.stop();
            } finally {
                jetty = null;
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}

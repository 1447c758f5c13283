package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.wbem.indication.Clients.ADMIN;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.query.ClassHierarchy;

/**
 * HTTPS destinations: delivered when the configured trust store holds the listener's certificate,
 * refused (and counted as failed) with the JDK default trust, which does not know a self-signed one.
 */
class HttpsDeliveryTest {

    private static final long PATIENCE_SECONDS = 30;
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
    private HttpsServer listener;
    private IndicationProviders server;

    @BeforeEach
    void startListener() throws Exception {
        Path keystore = dir.resolve("listener.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "listener", "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(keystore)).as("keytool made the listener's key").isTrue();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        listener = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.setHttpsConfigurator(new HttpsConfigurator(tls));
        listener.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        listener.stop(0);
    }

    private void subscribe(DeliverySettings settings) throws Exception {
        server = new IndicationProviders(ServerIdentity.of("node1"), IndicationClassNames.DMTF, SubscriptionStore.inMemory(),
                ClassHierarchy.EXACT, settings.withRetries(1, Duration.ofMillis(10)));
        CIMObjectPath filter = ((IndicationFilterProvider) server.providers().get(0)).createInstance(ADMIN,
                Clients.filter("f", "WQL", "SELECT * FROM CIM_InstModification", "root/virt"));
        CIMObjectPath handler = ((ListenerDestinationProvider) server.providers().get(1)).createInstance(ADMIN,
                Clients.destination("d", "https://127.0.0.1:" + listener.getAddress().getPort() + "/", null));
        ((IndicationSubscriptionProvider) server.providers().get(2)).createInstance(ADMIN, Clients.subscription(filter, handler));
    }

    @Test
    void deliversWhenTheTrustStoreHoldsTheListenersCertificate() throws Exception {
        subscribe(DeliverySettings.defaults().withSslContext(DeliverySettings.trustStore(dir.resolve("listener.p12"), PASSWORD)));
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("tls", 3, 2));
        String body = bodies.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(body).contains("<VALUE>tls</VALUE>");
    }

    @Test
    void refusesAnUntrustedListener() throws Exception {
        subscribe(DeliverySettings.defaults());
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("tls", 3, 2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (server.service().statistics("d").failed() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.service().statistics("d").failed()).isEqualTo(1);
        assertThat(bodies).isEmpty();
    }
}

package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.wbem.indication.Clients.ADMIN;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.query.ClassHierarchy;

/**
 * What the server does when a listener refuses: a small JDK HTTP server stands in for a listener
 * that answers with a chosen status, and records what it was sent.
 */
class DeliveryFailureTest {

    private static final long PATIENCE_SECONDS = 30;

    private record Request(Map<String, List<String>> headers, String body) {
    }

    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private HttpServer listener;
    private IndicationProviders server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (listener != null) {
            listener.stop(0);
        }
    }

    private int listen(int status) throws IOException {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(exchange.getRequestHeaders(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        listener.start();
        return listener.getAddress().getPort();
    }

    private CIMObjectPath subscribe(int port, int policy) throws Exception {
        server = new IndicationProviders(ServerIdentity.of("node1"), IndicationClassNames.DMTF, SubscriptionStore.inMemory(),
                ClassHierarchy.EXACT, DeliverySettings.defaults().withRetries(2, Duration.ofMillis(10)));
        CIMObjectPath filter = ((IndicationFilterProvider) server.providers().get(0)).createInstance(ADMIN,
                Clients.filter("f", "WQL", "SELECT * FROM CIM_InstModification", "root/virt"));
        CIMObjectPath handler = ((ListenerDestinationProvider) server.providers().get(1)).createInstance(ADMIN,
                Clients.destination("d", "http://127.0.0.1:" + port + "/", null));
        CIMInstance withPolicy = Clients.subscription(filter, handler,
                new CIMProperty<>("OnFatalErrorPolicy", CIMDataType.UINT16_T, new UnsignedInteger16(policy)));
        return ((IndicationSubscriptionProvider) server.providers().get(2)).createInstance(ADMIN, withPolicy);
    }

    @Test
    void sendsTheCimExportHeaders() throws Exception {
        subscribe(listen(200), Subscription.IGNORE);
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("1", 3, 2));
        Request request = requests.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.headers().get("CIMExport")).containsExactly("MethodRequest");
        assertThat(request.headers().get("CIMExportMethod")).containsExactly("ExportIndication");
        assertThat(request.headers().get("Content-Type")).containsExactly("application/xml; charset=\"utf-8\"");
        assertThat(request.body()).contains("<EXPMETHODCALL NAME=\"ExportIndication\">");
    }

    @ParameterizedTest(name = "HTTP {0}: {1} attempts")
    @CsvSource({"400, 1", "401, 1", "503, 3", "500, 3"})
    void refusalsAreNotRetriedServerErrorsAre(int status, int attempts) throws Exception {
        subscribe(listen(status), Subscription.IGNORE);
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("1", 3, 2));
        awaitFailed(1);
        assertThat(requests).hasSize(attempts);
    }

    @ParameterizedTest(name = "OnFatalErrorPolicy {0}")
    @CsvSource({"2, 1, 2", "3, 1, 4", "4, 0, 0"})
    void onFatalErrorPolicyIsApplied(int policy, int subscriptionsLeft, int state) throws Exception {
        subscribe(listen(400), policy);
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("1", 3, 2));
        awaitFailed(1);
        SubscriptionStore store = storeOf();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (policy != Subscription.IGNORE && store.subscriptions().stream().anyMatch(s -> s.state() == Subscription.ENABLED)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(store.subscriptions()).hasSize(subscriptionsLeft);
        store.subscriptions().forEach(s -> assertThat(s.state()).isEqualTo(state));
    }

    private SubscriptionStore storeOf() {
        return server.store();
    }

    private void awaitFailed(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (server.service().statistics("d").failed() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.service().statistics("d").failed()).isEqualTo(count);
    }
}

package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.wbem.indication.Clients.ADMIN;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.listener.WBEMListener;
import org.metricshub.wbem.javax.wbem.listener.WBEMListenerFactory;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.query.ClassHierarchy;
import org.vemanager.wbem.spi.CimException;

/** Delivery to a real CIM-XML listener (the SBLIM client's) over real HTTP. */
class IndicationDeliveryTest {

    /** How long a test waits for something that should happen at once; a bound, not a timing assertion. */
    private static final long PATIENCE_SECONDS = 30;
    private static final ServerIdentity IDENTITY = ServerIdentity.of("node1");
    private static final ClassHierarchy HIERARCHY = (name, ancestor) -> name.equalsIgnoreCase(ancestor)
            || name.equalsIgnoreCase("VEM_ComputerSystem") && ancestor.equalsIgnoreCase("CIM_ComputerSystem")
            || name.equalsIgnoreCase("CIM_InstModification") && ancestor.equalsIgnoreCase("CIM_InstIndication");
    private static final String STATE_CHANGES = "SELECT * FROM CIM_InstModification WHERE SourceInstance ISA CIM_ComputerSystem"
            + " AND SourceInstance.CIM_ComputerSystem::EnabledState <> PreviousInstance.CIM_ComputerSystem::EnabledState";

    @TempDir
    Path stateDir;

    private final BlockingQueue<CIMInstance> received = new LinkedBlockingQueue<>();
    private final WBEMListener listener = WBEMListenerFactory.getListener("CIM-XML");
    private final List<Integer> listenerPorts = new ArrayList<>();
    private final List<IndicationProviders> services = new ArrayList<>();

    @AfterEach
    void stop() {
        services.forEach(IndicationProviders::close);
        listenerPorts.forEach(listener::removeListener);
    }

    private int startListener(int port) throws IOException {
        int bound = listener.addListener((url, indication) -> received.add(indication), port, "http");
        listenerPorts.add(bound);
        return bound;
    }

    private IndicationProviders server(DeliverySettings settings) throws IOException {
        IndicationProviders server = new IndicationProviders(IDENTITY, IndicationClassNames.DMTF, SubscriptionStore.open(stateDir),
                HIERARCHY, settings);
        services.add(server);
        return server;
    }

    private static DeliverySettings fastRetries() {
        return DeliverySettings.defaults().withRetries(200, Duration.ofMillis(50));
    }

    /** Creates filter, destination and subscription through the providers, as a client would. */
    private static void subscribe(IndicationProviders server, String name, String query, int port, Integer persistence)
            throws CimException {
        CIMObjectPath filter = ((IndicationFilterProvider) server.providers().get(0))
                .createInstance(ADMIN, Clients.filter(name, "DMTF:CQL", query, "root/virt"));
        CIMObjectPath handler = ((ListenerDestinationProvider) server.providers().get(1))
                .createInstance(ADMIN, Clients.destination(name + "-listener", "http://127.0.0.1:" + port + "/cimlistener", persistence));
        ((IndicationSubscriptionProvider) server.providers().get(2)).createInstance(ADMIN, Clients.subscription(filter, handler));
    }

    static CIMInstance system(String name, int enabledState) {
        CIMObjectPath path = new CIMObjectPath(null, null, null, "root/virt", "VEM_ComputerSystem",
                new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null)});
        return new CIMInstance(path, new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "guest <" + name + "> & \"co\""),
            new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(enabledState)),
        });
    }

    static CIMInstance stateChange(String id, int from, int to) {
        return new CIMInstance(new CIMObjectPath(null, null, null, "root/virt", "CIM_InstModification", null),
                new CIMProperty<?>[] {
                    new CIMProperty<>("IndicationIdentifier", CIMDataType.STRING_T, id),
                    new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, system("vm-" + id, to)),
                    new CIMProperty<>("PreviousInstance", CIMDataType.OBJECT_T, system("vm-" + id, from)),
                });
    }

    private CIMInstance next() throws InterruptedException {
        CIMInstance indication = received.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(indication).as("an indication within " + PATIENCE_SECONDS + " s").isNotNull();
        return indication;
    }

    @Test
    void deliversMatchingIndicationsInOrderWithEmbeddedInstancesDecoded() throws Exception {
        int port = startListener(0);
        IndicationProviders server = server(DeliverySettings.defaults());
        subscribe(server, "states", STATE_CHANGES, port, null);

        for (int i = 1; i <= 20; i++) {
            server.publisher().publish("root/virt", stateChange(Integer.toString(i), 3, 2));
        }

        for (int i = 1; i <= 20; i++) {
            CIMInstance indication = next();
            assertThat(indication.getClassName()).isEqualTo("CIM_InstModification");
            assertThat(indication.getPropertyValue("IndicationIdentifier")).isEqualTo(Integer.toString(i));
            Object source = indication.getPropertyValue("SourceInstance");
            assertThat(source).isInstanceOf(CIMInstance.class);
            CIMInstance system = (CIMInstance) source;
            assertThat(system.getClassName()).isEqualTo("VEM_ComputerSystem");
            assertThat(system.getPropertyValue("Name")).isEqualTo("vm-" + i);
            assertThat(system.getPropertyValue("ElementName")).isEqualTo("guest <vm-" + i + "> & \"co\"");
            assertThat(system.getPropertyValue("EnabledState")).isEqualTo(new UnsignedInteger16(2));
        }
        awaitDelivered(server, "states-listener", 20);
    }

    @Test
    void indicationsTheFilterDoesNotSelectAreNotDelivered() throws Exception {
        int port = startListener(0);
        IndicationProviders server = server(DeliverySettings.defaults());
        subscribe(server, "states", STATE_CHANGES, port, null);

        server.publisher().publish("root/virt", stateChange("unchanged", 2, 2));
        server.publisher().publish("root/other", stateChange("other-namespace", 3, 2));
        server.publisher().publish("root/virt", stateChange("changed", 3, 2));

        // Delivery is ordered: had either earlier indication been sent, it would arrive first.
        assertThat(next().getPropertyValue("IndicationIdentifier")).isEqualTo("changed");
        assertThat(received).isEmpty();
    }

    @Test
    void deliversOnlyTheSelectedProperties() throws Exception {
        int port = startListener(0);
        IndicationProviders server = server(DeliverySettings.defaults());
        subscribe(server, "narrow", "SELECT IndicationIdentifier, SourceInstance FROM CIM_InstModification", port, null);

        server.publisher().publish("root/virt", stateChange("1", 3, 2));

        CIMInstance indication = next();
        assertThat(indication.getPropertyValue("IndicationIdentifier")).isEqualTo("1");
        assertThat(indication.getPropertyValue("SourceInstance")).isInstanceOf(CIMInstance.class);
        assertThat(indication.getProperty("PreviousInstance")).isNull();
    }

    @Test
    void retriesUntilALateListenerStarts() throws Exception {
        int port = freePort();
        IndicationProviders server = server(fastRetries());
        subscribe(server, "late", STATE_CHANGES, port, null);

        server.publisher().publish("root/virt", stateChange("early", 3, 2));
        awaitInFlight(server, "late-listener");
        startListener(port);

        assertThat(next().getPropertyValue("IndicationIdentifier")).isEqualTo("early");
    }

    @Test
    void aFullQueueDropsTheOldestAndCountsThem() throws Exception {
        int port = freePort();
        IndicationProviders server = server(fastRetries().withQueueCapacity(3));
        subscribe(server, "bounded", STATE_CHANGES, port, null);

        server.publisher().publish("root/virt", stateChange("0", 3, 2));
        awaitInFlight(server, "bounded-listener");
        for (int i = 1; i <= 5; i++) {
            server.publisher().publish("root/virt", stateChange(Integer.toString(i), 3, 2));
        }
        assertThat(server.service().statistics("bounded-listener").dropped()).isEqualTo(2);

        startListener(port);
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(next().getPropertyValue("IndicationIdentifier"));
        }
        assertThat(ids).containsExactly("0", "3", "4", "5");
    }

    @Test
    void permanentSubscriptionsSurviveARestartTransientOnesDoNot() throws Exception {
        int port = startListener(0);
        IndicationProviders first = server(DeliverySettings.defaults());
        subscribe(first, "kept", STATE_CHANGES, port, null);
        subscribe(first, "forgotten", STATE_CHANGES, port, ListenerDestination.TRANSIENT);
        first.close();

        SubscriptionStore reloaded = SubscriptionStore.open(stateDir);
        assertThat(reloaded.filters()).extracting(f -> f.keys().name()).containsExactly("kept", "forgotten");
        assertThat(reloaded.destinations()).extracting(d -> d.keys().name()).containsExactly("kept-listener");
        assertThat(reloaded.subscriptions()).extracting(Subscription::filterName).containsExactly("kept");
        assertThat(reloaded.filter("kept").orElseThrow().query().text()).isEqualTo(STATE_CHANGES);

        IndicationProviders second = server(DeliverySettings.defaults());
        second.publisher().publish("root/virt", stateChange("after-restart", 3, 2));
        assertThat(next().getPropertyValue("IndicationIdentifier")).isEqualTo("after-restart");
        assertThat(received).isEmpty();
    }

    @Test
    void aDisabledSubscriptionDeliversNothing() throws Exception {
        int port = startListener(0);
        IndicationProviders server = server(DeliverySettings.defaults());
        subscribe(server, "a", STATE_CHANGES, port, null);
        subscribe(server, "b", "SELECT * FROM CIM_InstIndication", port, null);
        IndicationSubscriptionProvider subscriptions = (IndicationSubscriptionProvider) server.providers().get(2);
        List<CIMInstance> all = new ArrayList<>();
        subscriptions.enumerateInstances(ADMIN, "CIM_IndicationSubscription", all::add);
        CIMInstance first = all.get(0);
        subscriptions.modifyInstance(ADMIN, first.deriveInstance(new CIMProperty<?>[] {
            new CIMProperty<>("SubscriptionState", CIMDataType.UINT16_T, new UnsignedInteger16(Subscription.DISABLED))}), null);

        server.publisher().publish("root/virt", stateChange("x", 3, 2));
        CIMInstance only = next();
        assertThat(only.getPropertyValue("IndicationIdentifier")).isEqualTo("x");
        assertThat(server.service().statistics("a-listener").delivered()).isZero();
        awaitDelivered(server, "b-listener", 1);
    }

    /** The listener sees an indication just before its HTTP answer counts it as delivered: wait (bounded). */
    private static void awaitDelivered(IndicationProviders server, String destination, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (server.service().statistics(destination).delivered() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.service().statistics(destination).delivered()).isEqualTo(count);
    }

    /** Waits (bounded) until the destination's worker has taken the first indication off its queue. */
    private static void awaitInFlight(IndicationProviders server, String destination) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (server.service().waiting(destination) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.service().waiting(destination)).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

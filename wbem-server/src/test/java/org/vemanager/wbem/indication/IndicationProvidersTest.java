package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vemanager.wbem.indication.Clients.ADMIN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.query.ClassHierarchy;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;

/** The DSP1054 rules of the subscription providers, called as the dispatcher would. */
class IndicationProvidersTest {

    private static final String QUERY = "SELECT * FROM CIM_InstModification";

    @TempDir
    Path stateDir;

    private IndicationProviders server;
    private IndicationFilterProvider filters;
    private ListenerDestinationProvider destinations;
    private IndicationSubscriptionProvider subscriptions;

    private void start() throws Exception {
        server = new IndicationProviders(ServerIdentity.of("node1"), IndicationClassNames.DMTF, SubscriptionStore.open(stateDir),
                ClassHierarchy.EXACT, DeliverySettings.defaults());
        filters = (IndicationFilterProvider) server.providers().get(0);
        destinations = (ListenerDestinationProvider) server.providers().get(1);
        subscriptions = (IndicationSubscriptionProvider) server.providers().get(2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertStatus(ThrowingCall call, CimStatus status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.description()).contains(message);
        });
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void filterIsCreatedWithServerKeysAndReadBack() throws Exception {
        start();
        CIMObjectPath path = filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY));
        assertThat(path.getNamespace()).isEqualTo(InteropNamespace.NAME);
        assertThat(Paths.keyString(path, "SystemName")).isEqualTo("node1");
        assertThat(Paths.keyString(path, "CreationClassName")).isEqualTo("CIM_IndicationFilter");
        CIMInstance read = filters.getInstance(ADMIN, path);
        assertThat(read.getPropertyValue("Query")).isEqualTo(QUERY);
        assertThat(read.getPropertyValue("QueryLanguage")).isEqualTo("WQL");
        assertThat((Object[]) read.getPropertyValue("SourceNamespaces")).as("NULL means the filter's namespace")
                .containsExactly("root/interop");
    }

    @Test
    void duplicateFilterIsAlreadyExists() throws Exception {
        start();
        filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY, "root/virt"));
        assertStatus(() -> filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY, "root/virt")), CimStatus.ALREADY_EXISTS,
                "'f1' already exists");
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WQL      | SELECT * FROM                      | INVALID_QUERY                | position 14
            DMTF:CQL | SELECT * WHERE                     | INVALID_QUERY                | expected FROM
            XPath    | SELECT * FROM CIM_InstModification | QUERY_LANGUAGE_NOT_SUPPORTED | XPath
            ''       | SELECT * FROM CIM_InstModification | INVALID_PARAMETER            | QueryLanguage is required
            WQL      | ''                                 | INVALID_PARAMETER            | Query is required
            """)
    void badFiltersAreRefused(String language, String query, CimStatus status, String message) throws Exception {
        start();
        assertStatus(() -> filters.createInstance(ADMIN, Clients.filter("bad", language == null ? "" : language,
                query == null ? "" : query)), status, message);
        assertThat(Files.exists(stateDir.resolve(StateFile.FILE_NAME))).as("nothing stored").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ftp://listener.example/x      | must be an http:// or https:// URL
            mailto:ops@example.com        | must be an http:// or https:// URL
            listener.example:5990         | must be an http:// or https:// URL
            http://                       | is not a URL
            http:///cimlistener           | has no host
            http://exa mple:5990/x        | is not a URL
            """)
    void badDestinationUrlsAreRefused(String url, String message) throws Exception {
        start();
        assertStatus(() -> destinations.createInstance(ADMIN, Clients.destination("d", url, null)), CimStatus.INVALID_PARAMETER, message);
    }

    @Test
    void destinationDefaultsToPermanentAndRejectsUnknownPersistence() throws Exception {
        start();
        CIMObjectPath path = destinations.createInstance(ADMIN, Clients.destination("d", "https://console.example:5990/", null));
        assertThat(destinations.getInstance(ADMIN, path).getPropertyValue("PersistenceType")).isEqualTo(new UnsignedInteger16(2));
        assertStatus(() -> destinations.createInstance(ADMIN, Clients.destination("e", "http://console.example/", 7)),
                CimStatus.INVALID_PARAMETER, "PersistenceType 7");
        assertStatus(() -> destinations.createInstance(ADMIN, Clients.destination("d", "http://other.example/", null)),
                CimStatus.ALREADY_EXISTS, "'d' already exists");
    }

    @Test
    void subscriptionsNeedAnExistingFilterAndHandler() throws Exception {
        start();
        CIMObjectPath filter = filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY));
        CIMObjectPath handler = destinations.createInstance(ADMIN, Clients.destination("d1", "http://127.0.0.1:1/", null));
        CIMObjectPath missingFilter = Paths.of(InteropNamespace.NAME, "CIM_IndicationFilter", "Name", "nope");
        CIMObjectPath missingHandler = Paths.of(InteropNamespace.NAME, "CIM_ListenerDestinationCIMXML", "Name", "nope");

        assertStatus(() -> subscriptions.createInstance(ADMIN, Clients.subscription(missingFilter, handler)),
                CimStatus.INVALID_PARAMETER, "no indication filter named 'nope'");
        assertStatus(() -> subscriptions.createInstance(ADMIN, Clients.subscription(filter, missingHandler)),
                CimStatus.INVALID_PARAMETER, "no listener destination named 'nope'");
        assertStatus(() -> subscriptions.createInstance(ADMIN, Clients.subscription(handler, filter)),
                CimStatus.INVALID_PARAMETER, "Filter must reference a CIM_IndicationFilter");

        CIMObjectPath subscription = subscriptions.createInstance(ADMIN, Clients.subscription(filter, handler));
        assertStatus(() -> subscriptions.createInstance(ADMIN, Clients.subscription(filter, handler)), CimStatus.ALREADY_EXISTS,
                "already subscribed");
        CIMInstance read = subscriptions.getInstance(ADMIN, subscription);
        assertThat(read.getPropertyValue("SubscriptionState")).isEqualTo(new UnsignedInteger16(2));
        assertThat(read.getPropertyValue("OnFatalErrorPolicy")).isEqualTo(new UnsignedInteger16(2));

        List<CIMInstance> ofFilter = new ArrayList<>();
        subscriptions.references(ADMIN, "CIM_IndicationSubscription", filter, "Filter", ofFilter::add);
        assertThat(ofFilter).hasSize(1);
        List<CIMInstance> ofFilterAsHandler = new ArrayList<>();
        subscriptions.references(ADMIN, "CIM_IndicationSubscription", filter, "Handler", ofFilterAsHandler::add);
        assertThat(ofFilterAsHandler).isEmpty();
    }

    @Test
    void filtersAndHandlersInUseCannotBeDeleted() throws Exception {
        start();
        CIMObjectPath filter = filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY));
        CIMObjectPath handler = destinations.createInstance(ADMIN, Clients.destination("d1", "http://127.0.0.1:1/", null));
        CIMObjectPath subscription = subscriptions.createInstance(ADMIN, Clients.subscription(filter, handler));

        assertStatus(() -> filters.deleteInstance(ADMIN, filter), CimStatus.FAILED, "delete the subscription first");
        assertStatus(() -> destinations.deleteInstance(ADMIN, handler), CimStatus.FAILED, "delete the subscription first");
        assertThat(filters.getInstance(ADMIN, filter)).isNotNull();

        subscriptions.deleteInstance(ADMIN, subscription);
        filters.deleteInstance(ADMIN, filter);
        destinations.deleteInstance(ADMIN, handler);
        assertStatus(() -> filters.getInstance(ADMIN, filter), CimStatus.NOT_FOUND, "No indication filter");
        assertStatus(() -> filters.deleteInstance(ADMIN, filter), CimStatus.NOT_FOUND, "No indication filter");
        assertThat(SubscriptionStore.open(stateDir).filters()).as("the deletion is persisted").isEmpty();
    }

    @Test
    void aStateThatCannotBeSavedChangesNothing() throws Exception {
        Path notADirectory = Files.createFile(stateDir.resolve("occupied"));
        server = new IndicationProviders(ServerIdentity.of("node1"), IndicationClassNames.DMTF, SubscriptionStore.open(notADirectory),
                ClassHierarchy.EXACT, DeliverySettings.defaults());
        IndicationFilterProvider provider = (IndicationFilterProvider) server.providers().get(0);
        assertStatus(() -> provider.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY)), CimStatus.FAILED,
                "could not be saved");
        assertThat(server.store().filters()).isEmpty();
    }

    @Test
    void deletingADestinationStopsItsDeliveryThread() throws Exception {
        start();
        CIMObjectPath filter = filters.createInstance(ADMIN, Clients.filter("f1", "WQL", QUERY, "root/virt"));
        CIMObjectPath handler = destinations.createInstance(ADMIN, Clients.destination("gone", "http://127.0.0.1:1/", null));
        CIMObjectPath subscription = subscriptions.createInstance(ADMIN, Clients.subscription(filter, handler));
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("1", 3, 2));
        assertThat(deliveryThreadAlive("gone")).as("a thread delivers to the destination").isTrue();

        subscriptions.deleteInstance(ADMIN, subscription);
        destinations.deleteInstance(ADMIN, handler);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (deliveryThreadAlive("gone") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(deliveryThreadAlive("gone")).isFalse();
        server.publisher().publish("root/virt", IndicationDeliveryTest.stateChange("2", 3, 2));
        assertThat(deliveryThreadAlive("gone")).as("no queue for a deleted destination").isFalse();
    }

    private static boolean deliveryThreadAlive(String destination) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("indication-delivery-" + destination));
    }

    @Test
    void indicationServiceReportsItsDeliverySettings() throws Exception {
        start();
        InstanceProvider service = (InstanceProvider) server.providers().get(3);
        List<CIMInstance> instances = new ArrayList<>();
        service.enumerateInstances(ADMIN, "CIM_IndicationService", instances::add);
        service.enumerateInstances(ADMIN, "CIM_IndicationServiceCapabilities", instances::add);
        assertThat(instances.get(0).getPropertyValue("DeliveryRetryAttempts")).isEqualTo(new UnsignedInteger16(3));
        assertThat(instances.get(0).getPropertyValue("DeliveryRetryInterval").toString()).isEqualTo("30");
        assertThat(instances.get(1).getPropertyValue("SubscriptionsPersisted")).isEqualTo(true);
        for (CIMInstance instance : instances) {
            assertThat(service.getInstance(ADMIN, instance.getObjectPath())).isEqualTo(instance);
        }
    }
}

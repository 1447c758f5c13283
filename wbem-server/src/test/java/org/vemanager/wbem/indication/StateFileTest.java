package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.wbem.query.Query;

class StateFileTest {

    @TempDir
    Path stateDir;

    private static ScopedKeys keys(String className, String name) {
        return new ScopedKeys("CIM_ComputerSystem", "node1", className, name);
    }

    private static SubscriptionState sample() throws Exception {
        FilterDefinition filter = new FilterDefinition(keys("CIM_IndicationFilter", "f=1 \u00e9"),
                Query.parse("WQL", "SELECT * FROM CIM_InstCreation WHERE SourceInstance.Name LIKE 'vm%'"), List.of("/root/virt/", "x"));
        ListenerDestination kept = new ListenerDestination(keys("CIM_ListenerDestinationCIMXML", "d1"),
                new URI("https://console.example:5990/cimlistener?a=b"), ListenerDestination.PERMANENT);
        ListenerDestination transientOne = new ListenerDestination(keys("CIM_IndicationHandlerCIMXML", "d2"),
                new URI("http://console.example/"), ListenerDestination.TRANSIENT);
        return new SubscriptionState(Map.of(filter.keys().name(), filter),
                Map.of("d1", kept, "d2", transientOne),
                List.of(new Subscription(filter.keys().name(), "d1", Subscription.DISABLED, Subscription.REMOVE),
                        new Subscription(filter.keys().name(), "d2", Subscription.ENABLED, Subscription.IGNORE)));
    }

    @Test
    void roundTripKeepsEverythingPersistentAndLeavesNoTemporaryFile() throws Exception {
        StateFile file = new StateFile(stateDir);
        SubscriptionState saved = sample();
        file.save(saved);

        SubscriptionState loaded = new StateFile(stateDir).load();
        FilterDefinition filter = loaded.filters().get("f=1 \u00e9");
        assertThat(filter.keys()).isEqualTo(saved.filters().get("f=1 \u00e9").keys());
        assertThat(filter.query().text()).isEqualTo("SELECT * FROM CIM_InstCreation WHERE SourceInstance.Name LIKE 'vm%'");
        assertThat(filter.sourceNamespaces()).containsExactly("root/virt", "x");
        assertThat(loaded.destinations()).containsOnlyKeys("d1");
        assertThat(loaded.destinations().get("d1")).isEqualTo(saved.destinations().get("d1"));
        assertThat(loaded.subscriptions()).containsExactly(saved.subscriptions().get(0));
        try (var files = Files.list(stateDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(StateFile.FILE_NAME);
        }
    }

    @Test
    void entriesThatCannotBeReadAreSkippedAndTheRestLoads() throws Exception {
        StateFile file = new StateFile(stateDir);
        file.save(sample());
        Path path = stateDir.resolve(StateFile.FILE_NAME);
        String text = Files.readString(path, StandardCharsets.ISO_8859_1)
                .replace("filter.0.queryLanguage=WQL", "filter.0.queryLanguage=XPath")
                + "filter.1.name=second\nfilter.1.queryLanguage=WQL\nfilter.1.query=SELECT * FROM A\n"
                + "filter.1.systemCreationClassName=S\nfilter.1.systemName=n\nfilter.1.creationClassName=CIM_IndicationFilter\n"
                + "filter.1.sourceNamespaces.count=1\nfilter.1.sourceNamespaces.0=root/virt\n";
        Files.writeString(path, text, StandardCharsets.ISO_8859_1);

        SubscriptionState loaded = file.load();
        assertThat(loaded.filters()).containsOnlyKeys("second");
        assertThat(loaded.destinations()).containsOnlyKeys("d1");
        assertThat(loaded.subscriptions()).as("its filter is gone").isEmpty();
    }

    @Test
    void noFileMeansNothingSubscribed() throws Exception {
        assertThat(new StateFile(stateDir.resolve("missing")).load().filters()).isEmpty();
    }
}

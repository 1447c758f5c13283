package org.vemanager.wbem.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.RequestContext;
import org.vemanager.wbem.testing.TestSchema;

class DefaultProviderRegistryTest {

    private final DefaultProviderRegistry registry = new DefaultProviderRegistry(TestSchema.repository());

    private static InstanceProvider serving(String... classes) {
        return new InstanceProvider() {
            @Override
            public Set<String> classNames() {
                return Set.of(classes);
            }

            @Override
            public void enumerateInstances(RequestContext context, String className, InstanceSink sink) {
            }

            @Override
            public CIMInstance getInstance(RequestContext context, CIMObjectPath path) {
                return null;
            }
        };
    }

    @Test
    void registersByClassInAnySpelling() {
        InstanceProvider p = serving("test_team");
        registry.register("/ROOT/test", p);
        assertThat(registry.instanceProvider(registry.classes().classInfo("root/test", "TEST_Team"))).isSameAs(p);
        assertThat(registry.writeProvider(registry.classes().classInfo("root/test", "TEST_Team"))).isNull();
    }

    @Test
    void duplicatesUnknownClassesAndNamespacesAreProgrammingErrors() {
        registry.register("root/test", serving("TEST_Team"));
        assertThatThrownBy(() -> registry.register("root/test", serving("TEST_Team"))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("already has");
        assertThatThrownBy(() -> registry.register("root/test", serving("TEST_Nope"))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("TEST_Nope");
        assertThatThrownBy(() -> registry.register("root/none", serving("TEST_Team"))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("root/none");
    }

    @Test
    void failedRegistrationRegistersNothing() {
        assertThatThrownBy(() -> registry.register("root/test", serving("TEST_Person", "TEST_Nope")))
            .isInstanceOf(IllegalStateException.class);
        registry.register("root/test", serving("TEST_Person"));
        assertThat(registry.instanceProvider(registry.classes().classInfo("root/test", "TEST_Person"))).isNotNull();
    }

    @Test
    void profilesAreKeptForTheInteropProvider() {
        ProfileDeclaration jobs = new ProfileDeclaration("Job Control", "1.0.0", "root/test", "CIM_ConcreteJob", List.of());
        registry.registerProfile(jobs);
        ProfileCatalog catalog = registry;
        assertThat(catalog.profiles()).containsExactly(jobs);
        assertThatThrownBy(() -> catalog.profiles().add(jobs)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.registerProfile(jobs)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void indicationsGoToThePublisherPluggedLater() {
        var early = registry.context().indications();
        early.publish("root/test", null);
        List<String> seen = new ArrayList<>();
        registry.indicationPublisher((ns, indication) -> seen.add(ns));
        early.publish("root/test", null);
        assertThat(seen).containsExactly("root/test");
    }
}

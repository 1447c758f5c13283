package org.vemanager.provider.profile.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

class MetricsTest {

    private static final String WEB = "11111111-0000-4000-8000-000000000001";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    private Map<String, String> valuesById() throws CimException {
        return host.enumerate(Metrics.VALUE).stream()
                .collect(Collectors.toMap(i -> (String) i.getPropertyValue("InstanceID"), i -> (String) i.getPropertyValue("MetricValue")));
    }

    private static CIMObjectPath system(String uuid) {
        return InstanceBuilder.path(CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM), InstanceBuilder.stringKey("Name", uuid));
    }

    @Test
    void everyMetricKindHasADefinition() throws CimException {
        assertThat(host.enumerate(Metrics.DEFINITION)).hasSize(MetricKind.values().length)
                .allSatisfy(d -> assertThat(d.getPropertyValue("Units")).isNotNull());
    }

    @Test
    void beforeTheFirstSampleThereAreNoValues() throws CimException {
        assertThat(host.enumerate(Metrics.VALUE)).isEmpty();
    }

    @Test
    void theFirstSampleHasGaugesAndTheSecondAlsoUtilisation() throws CimException {
        host.sampler().sampleNow();
        Map<String, String> first = valuesById();
        assertThat(first).containsEntry("VEM:metric/vm-memory-used/" + WEB, "1024")
                .containsEntry("VEM:metric/vm-memory-available/" + WEB, "1024")
                .containsKey("VEM:metric/host-memory-available/host")
                .doesNotContainKey("VEM:metric/vm-cpu-utilization/" + WEB);
        host.sampler().sampleNow();
        Map<String, String> second = valuesById();
        assertThat(second).containsKeys("VEM:metric/vm-cpu-utilization/" + WEB, "VEM:metric/host-cpu-utilization/host");
        double cpu = Double.parseDouble(second.get("VEM:metric/vm-cpu-utilization/" + WEB));
        assertThat(cpu).isBetween(0.0, 100.0);
        CIMInstance value = host.get(InstanceBuilder.path(CimNames.NAMESPACE, Metrics.VALUE,
                InstanceBuilder.stringKey("InstanceID", "VEM:metric/vm-cpu-utilization/" + WEB)));
        assertThat(value.getPropertyValue("MeasuredElementName")).isEqualTo("web");
        assertThat(value.getPropertyValue("TimeStamp")).isNotNull();
        assertThat(value.getPropertyValue("Duration")).isNotNull();
    }

    @Test
    void associationsLinkDefinitionsValuesAndElementsBothWays() throws CimException {
        host.sampler().sampleNow();
        List<CIMInstance> defsOfWeb = host.references(MetricAssociationProvider.DEF_FOR_ME, system(WEB), "Antecedent");
        assertThat(defsOfWeb).extracting(l -> Paths.keyValue((CIMObjectPath) l.getPropertyValue("Dependent"), "Id"))
                .contains("VEM:metric/vm-cpu-utilization", "VEM:metric/vm-memory-used")
                .doesNotContain("VEM:metric/host-memory-used");
        CIMObjectPath hostPath = host.only(CimNames.HOST_SYSTEM);
        assertThat(host.references(MetricAssociationProvider.FOR_ME, hostPath, null))
                .extracting(l -> Paths.keyValue((CIMObjectPath) l.getPropertyValue("Dependent"), "InstanceID"))
                .containsExactlyInAnyOrder("VEM:metric/host-memory-used/host", "VEM:metric/host-memory-available/host");
        CIMObjectPath memDef = InstanceBuilder.path(CimNames.NAMESPACE, Metrics.DEFINITION,
                InstanceBuilder.stringKey("Id", "VEM:metric/vm-memory-used"));
        List<CIMInstance> values = host.references(MetricAssociationProvider.INSTANCE, memDef, "Antecedent");
        assertThat(values).hasSize(2);
        CIMObjectPath oneValue = (CIMObjectPath) values.get(0).getPropertyValue("Dependent");
        assertThat(host.references(MetricAssociationProvider.INSTANCE, oneValue, "Dependent")).singleElement()
                .satisfies(l -> assertThat(Paths.same((CIMObjectPath) l.getPropertyValue("Antecedent"), memDef)).isTrue());
    }

    @Test
    void anUnknownValueIsNotFound() {
        assertThatThrownBy(() -> host.get(InstanceBuilder.path(CimNames.NAMESPACE, Metrics.VALUE,
                InstanceBuilder.stringKey("InstanceID", "VEM:metric/vm-memory-used/nope"))))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.NOT_FOUND));
    }

    @Test
    void theSamplerRunsOnItsOwnersExecutorUntilStopped() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            host.sampler().start(executor, java.time.Duration.ofMillis(50));
            assertThatThrownBy(() -> host.sampler().start(executor, java.time.Duration.ofMillis(50)))
                    .isInstanceOf(IllegalStateException.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (host.sampler().latest().values().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(host.sampler().latest().values()).isNotEmpty();
        } finally {
            host.sampler().stop();
            executor.shutdownNow();
        }
    }
}

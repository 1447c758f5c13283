package org.vemanager.provider.profile.metrics;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** VEM_BaseMetricDefinition: one per {@link MetricKind}. */
public final class BaseMetricDefinitionProvider implements InstanceProvider {

    private final Metrics metrics;

    public BaseMetricDefinitionProvider(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(Metrics.DEFINITION);
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (MetricKind kind : MetricKind.values()) {
            sink.accept(metrics.definition(kind));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return metrics.definition(Metrics.kindOf(path));
    }
}

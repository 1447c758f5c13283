package org.vemanager.provider.profile.metrics;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** VEM_BaseMetricValue: the latest sample's values, read from memory (no libvirt call). */
public final class BaseMetricValueProvider implements InstanceProvider {

    private final Metrics metrics;

    public BaseMetricValueProvider(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(Metrics.VALUE);
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (MetricsSampler.Value v : metrics.values().values()) {
            sink.accept(metrics.valueInstance(v));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return metrics.valueInstance(metrics.value(path).orElseThrow(() -> new CimException(CimStatus.NOT_FOUND,
                "no metric value " + Paths.keyValue(path, "InstanceID") + " in the latest sample")));
    }
}

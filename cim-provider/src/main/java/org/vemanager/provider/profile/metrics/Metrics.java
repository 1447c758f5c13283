package org.vemanager.provider.profile.metrics;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.profile.systemvirtualization.HostSystemProvider;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The lookups the metric providers share: definitions, the values of the latest sample as
 * VEM_BaseMetricValue instances (InstanceID {@code VEM:metric/<name>/<uuid or host>}), and the paths of
 * the measured elements.
 */
public final class Metrics {

    public static final String DEFINITION = "VEM_BaseMetricDefinition";
    public static final String VALUE = "VEM_BaseMetricValue";

    private final VirtHost host;
    private final MetricsSampler sampler;
    private final HostSystemProvider hostSystem;
    private final ComputerSystemProvider systems;

    public Metrics(VirtHost host, MetricsSampler sampler, HostSystemProvider hostSystem, ComputerSystemProvider systems) {
        this.host = host;
        this.sampler = sampler;
        this.hostSystem = hostSystem;
        this.systems = systems;
    }

    public CIMObjectPath definitionPath(MetricKind kind) {
        return InstanceBuilder.path(host.namespace(), DEFINITION, InstanceBuilder.stringKey("Id", kind.id()));
    }

    public CIMInstance definition(MetricKind kind) {
        return new InstanceBuilder(host.namespace(), DEFINITION)
                .key("Id", kind.id())
                .string("Name", kind.metricName())
                .string("ElementName", kind.metricName())
                .string("Description", kind.description())
                .uint16("DataType", kind.dataType())
                .uint16("ChangeType", kind.changeType())
                .uint16("TimeScope", kind.timeScope())
                .uint16("GatheringType", 3)
                .bool("IsContinuous", true)
                .string("Units", kind.units())
                .build();
    }

    /** The kind a definition path names; NOT_FOUND otherwise. */
    public static MetricKind kindOf(CIMObjectPath definition) throws CimException {
        Object id = Paths.keyValue(definition, "Id");
        if (!Paths.isClass(definition, DEFINITION)) {
            throw new CimException(CimStatus.NOT_FOUND, "not a metric definition: " + definition);
        }
        return MetricKind.ofId(id == null ? null : id.toString())
                .orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "no metric definition " + id));
    }

    public static String valueId(MetricsSampler.Value v) {
        return v.kind().id() + "/" + v.elementId();
    }

    public CIMObjectPath valuePath(MetricsSampler.Value v) {
        return InstanceBuilder.path(host.namespace(), VALUE, InstanceBuilder.stringKey("InstanceID", valueId(v)));
    }

    /** The latest sample's values, by InstanceID in sampling order. */
    public Map<String, MetricsSampler.Value> values() {
        Map<String, MetricsSampler.Value> out = new LinkedHashMap<>();
        for (MetricsSampler.Value v : sampler.latest().values()) {
            out.put(valueId(v), v);
        }
        return out;
    }

    public Optional<MetricsSampler.Value> value(CIMObjectPath path) {
        Object id = Paths.keyValue(path, "InstanceID");
        return Paths.isClass(path, VALUE) ? Optional.ofNullable(values().get(String.valueOf(id))) : Optional.empty();
    }

    public CIMInstance valueInstance(MetricsSampler.Value v) {
        MetricsSampler.Sample sample = sampler.latest();
        CIMInstance base = new InstanceBuilder(host.namespace(), VALUE)
                .key("InstanceID", valueId(v))
                .string("MetricDefinitionId", v.kind().id())
                .string("MeasuredElementName", v.elementName())
                .string("MetricValue", v.value())
                .bool("Volatile", true)
                .build();
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(sample.at().toEpochMilli());
        List<CIMProperty<?>> props = new ArrayList<>(List.of(base.getProperties()));
        props.add(new CIMProperty<>("TimeStamp", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute(at)));
        props.add(new CIMProperty<>("Duration", CIMDataType.DATETIME_T, new CIMDateTimeInterval(sample.interval().toMillis())));
        return new CIMInstance(base.getObjectPath(), props.toArray(new CIMProperty<?>[0]));
    }

    /** The measured element: the host, or the virtual system with that UUID. */
    public CIMObjectPath elementPath(String elementId) throws CimException {
        return MetricsSampler.HOST.equals(elementId) ? hostSystem.path() : systems.path(elementId);
    }

    /** The elementId of a host or virtual system path; empty for anything else. */
    public Optional<String> elementIdOf(CIMObjectPath path) throws CimException {
        if (hostSystem.isThisHost(path)) {
            return Optional.of(MetricsSampler.HOST);
        }
        try {
            return Optional.of(ComputerSystemProvider.uuidOf(path));
        } catch (CimException e) {
            return Optional.empty();
        }
    }

    /** The elements the latest sample measured, host first. */
    public List<String> measuredElements() {
        List<String> out = new ArrayList<>();
        for (MetricsSampler.Value v : sampler.latest().values()) {
            if (!out.contains(v.elementId())) {
                out.add(v.elementId());
            }
        }
        return out;
    }

    public VirtHost host() {
        return host;
    }
}

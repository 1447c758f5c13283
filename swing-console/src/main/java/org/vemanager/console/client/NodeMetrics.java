package org.vemanager.console.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * Reads a node's latest metric sample (DSP1053) in one request: every CIM_BaseMetricValue at once,
 * whatever the number of VMs. The definitions (Id → Name, and whether they measure the host or its
 * virtual systems) are read once and again only when a value names a definition not seen before.
 *
 * <p>Which element a value measures: the profile links them with CIM_MetricForME, one association
 * request per element. To stay at one request per host we read it from the UUID in the value's
 * InstanceID (the node-agent's ids end in the element's UUID); a value whose definition is linked to the
 * host system by CIM_MetricDefForME is the node's.
 */
public final class NodeMetrics {

    private static final Pattern UUID_AT_END = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");
    private static final DateTimeFormatter CIM_DATETIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final String[] VALUE_PROPERTIES = {"InstanceID", "MetricDefinitionId", "MeasuredElementName",
        "MetricValue", "TimeStamp"};

    private record Definition(String name, boolean ofHost) {
    }

    private final Map<String, Definition> definitions = new HashMap<>();

    /** The node's latest sample; empty before the node's first sample. */
    public synchronized List<MetricReading> read(NodeSession session) throws WBEMException {
        List<CIMInstance> values = Results.list(session.client().enumerateInstances(
                NodeSession.path(NodeSession.VIRT, "CIM_BaseMetricValue"), true, false, false, VALUE_PROPERTIES));
        List<MetricReading> readings = new ArrayList<>(values.size());
        for (CIMInstance value : values) {
            String definitionId = NodeSession.string(value, "MetricDefinitionId");
            if (definitionId != null && !definitions.containsKey(definitionId)) {
                readDefinitions(session);
            }
            Definition definition = definitionId == null ? null : definitions.get(definitionId);
            Double number = number(NodeSession.string(value, "MetricValue"));
            if (definition == null || number == null) {
                continue;
            }
            String elementId = definition.ofHost() ? MetricReading.NODE : uuidAtEnd(NodeSession.string(value, "InstanceID"));
            if (elementId != null) {
                readings.add(new MetricReading(elementId, NodeSession.string(value, "MeasuredElementName"), definition.name(),
                        number, timeStamp(NodeSession.value(value, "TimeStamp"))));
            }
        }
        return readings;
    }

    private void readDefinitions(NodeSession session) throws WBEMException {
        java.util.Set<String> ofHost = new java.util.HashSet<>();
        for (CIMObjectPath d : Results.list(session.client().associatorNames(session.hostSystem(), "CIM_MetricDefForME",
                "CIM_BaseMetricDefinition", null, null))) {
            ofHost.add(String.valueOf(d.getKeyValue("Id")));
        }
        CIMObjectPath definitionsPath = NodeSession.path(NodeSession.VIRT, "CIM_BaseMetricDefinition");
        for (CIMInstance d : Results.list(session.client().enumerateInstances(definitionsPath, true, false, false,
                new String[] {"Id", "Name"}))) {
            String id = NodeSession.string(d, "Id");
            String name = NodeSession.string(d, "Name");
            if (id != null && name != null) {
                definitions.put(id, new Definition(name, ofHost.contains(id)));
            }
        }
    }

    private static String uuidAtEnd(String instanceId) {
        Matcher m = instanceId == null ? null : UUID_AT_END.matcher(instanceId);
        return m != null && m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A CIM datetime ({@code yyyymmddhhmmss.mmmmmmsutc}, DSP0004) as an Instant; now when the value has
     * none or is not an absolute time, so a reading is never lost for its timestamp.
     */
    static Instant timeStamp(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.length() != 25 || (text.charAt(21) != '+' && text.charAt(21) != '-')) {
            return Instant.now();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.substring(0, 14), CIM_DATETIME);
            long micros = Long.parseLong(text.substring(15, 21));
            int offsetMinutes = Integer.parseInt(text.substring(22, 25)) * (text.charAt(21) == '-' ? -1 : 1);
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).plusNanos(micros * 1000);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Instant.now();
        }
    }
}

package org.vemanager.wbem.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.CimValues;

/**
 * Builds an instance of a repository class from name/value pairs: only properties the class
 * declares are set (so a schema without, say, ElapsedTime just omits it), each with the declared
 * type; keys go into the path.
 */
final class InstanceBuilder {

    private final CIMClass cimClass;
    private final String namespace;
    private final Map<String, Object> values = new LinkedHashMap<>();

    InstanceBuilder(CIMClass cimClass, String namespace) {
        this.cimClass = cimClass;
        this.namespace = namespace;
    }

    InstanceBuilder set(String name, Object value) {
        values.put(name, value);
        return this;
    }

    CIMInstance build() {
        List<CIMProperty<?>> props = new ArrayList<>();
        List<CIMProperty<?>> keys = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            CIMClassProperty<?> declared = cimClass.getProperty(e.getKey());
            if (declared == null) {
                continue;
            }
            Object value = e.getValue();
            CIMDataType type = declared.getDataType();
            if (value instanceof CIMInstance) {
                type = CIMDataType.OBJECT_T;
            } else if (value instanceof CIMInstance[]) {
                type = CIMDataType.OBJECT_ARRAY_T;
            } else {
                value = CimValues.coerce(type, value);
            }
            CIMProperty<?> p = new CIMProperty<>(declared.getName(), type, value, declared.isKey(), false, null);
            props.add(p);
            if (declared.isKey()) {
                keys.add(p);
            }
        }
        CIMObjectPath path = new CIMObjectPath(null, null, null, namespace, cimClass.getName(), keys.toArray(CIMProperty<?>[]::new));
        return new CIMInstance(path, props.toArray(CIMProperty<?>[]::new));
    }

    static CIMDateTimeAbsolute dateTime(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new CIMDateTimeAbsolute(calendar);
    }

    static CIMDateTimeInterval interval(Duration duration) {
        if (duration == null) {
            return null;
        }
        // The (days, hours, minutes, seconds, microseconds) form writes every digit; the
        // milliseconds constructor masks microseconds with '*', which some clients do not parse.
        long micros = Math.max(0, duration.toNanos() / 1000);
        long seconds = micros / 1_000_000;
        return new CIMDateTimeInterval((int) Math.min(seconds / 86_400, 99_999_999), (int) (seconds / 3600 % 24),
            (int) (seconds / 60 % 60), (int) (seconds % 60), (int) (micros % 1_000_000));
    }
}

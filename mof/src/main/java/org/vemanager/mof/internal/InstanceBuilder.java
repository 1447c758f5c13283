package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.mof.parser.InstanceDeclaration;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.PropertyValue;

/**
 * Builds a {@link CIMInstance} from {@code instance of …}: every property of the class, with the
 * value written in MOF or else the class default, and an object path made of the key properties.
 */
final class InstanceBuilder {

    private final ValueConverter converter;
    private final Errors errors;

    InstanceBuilder(ValueConverter converter, Errors errors) {
        this.converter = converter;
        this.errors = errors;
    }

    Optional<CIMInstance> build(InstanceDeclaration decl, CIMClass cimClass, String namespace) {
        int before = errors.count();
        Map<String, Object> values = new HashMap<>();
        // Properties whose value was wrong: already reported, so not reported again as a missing key.
        Set<String> failed = new HashSet<>();
        for (PropertyValue pv : decl.properties()) {
            CIMClassProperty<?> property = cimClass.getProperty(pv.name());
            String key = pv.name().toLowerCase(Locale.ROOT);
            if (property == null) {
                errors.add(pv.position(), "class " + cimClass.getName() + " has no property " + pv.name());
            } else if (values.containsKey(key)) {
                errors.add(pv.position(), "property " + pv.name() + " is given twice in this instance of " + cimClass.getName());
            } else {
                try {
                    String what = "property " + cimClass.getName() + "." + pv.name();
                    values.put(key, converter.convert(pv.value(), property.getDataType(), what));
                } catch (MofSyntaxException e) {
                    errors.add(e);
                    failed.add(key);
                }
            }
        }
        List<CIMProperty<?>> properties = new ArrayList<>();
        List<CIMProperty<?>> keys = new ArrayList<>();
        for (CIMClassProperty<?> p : cimClass.getProperties()) {
            String key = p.getName().toLowerCase(Locale.ROOT);
            Object value = values.containsKey(key) ? values.get(key) : p.getValue();
            CIMProperty<?> property = newProperty(p, value);
            properties.add(property);
            if (p.isKey()) {
                if (value == null && !failed.contains(key)) {
                    errors.add(decl.position(), "key property " + p.getName() + " of this instance of " + cimClass.getName()
                        + " has no value");
                }
                keys.add(property);
            }
        }
        if (errors.count() != before) {
            return Optional.empty();
        }
        CIMObjectPath path = new CIMObjectPath(null, null, null, namespace, cimClass.getName(), keys.toArray(new CIMProperty<?>[0]));
        return Optional.of(new CIMInstance(path, properties.toArray(new CIMProperty<?>[0])));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMProperty<?> newProperty(CIMClassProperty<?> p, Object value) {
        return new CIMProperty(p.getName(), p.getDataType(), value, p.isKey(), p.isPropagated(), p.getOriginClass());
    }
}

package org.vemanager.conformance.profiles.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;

/**
 * What the MOF itself says a value must be, read from the class as GetClass serves it: Key and
 * Required properties have a value, a value respects its ValueMap (not in a range the Values call
 * "DMTF Reserved"), a string respects MaxLen, and an InstanceID the preferred OrgID:LocalID form.
 */
final class ClassRules {

    private ClassRules() {
    }

    /** Every violation in {@code instance} of the rules {@code cls} declares; empty when there is none. */
    static List<String> violations(CIMClass cls, CIMInstance instance, boolean preferredInstanceId) {
        List<String> problems = new ArrayList<>();
        for (CIMClassProperty<?> declared : cls.getProperties()) {
            CIMProperty<?> p = instance.getProperty(declared.getName());
            Object value = p == null ? null : p.getValue();
            String where = instance.getClassName() + "." + declared.getName();
            if (value == null) {
                if (declared.isKey() || Boolean.TRUE.equals(declared.getQualifierValue("Key"))) {
                    problems.add(where + " is a key and has no value");
                }
                if (Boolean.TRUE.equals(declared.getQualifierValue("Required"))) {
                    problems.add(where + " is Required and has no value");
                }
                continue;
            }
            Object[] values = value.getClass().isArray() ? (Object[]) value : new Object[] {value};
            String[] valueMap = (String[]) declared.getQualifierValue("ValueMap");
            String[] texts = (String[]) declared.getQualifierValue("Values");
            Object maxLen = declared.getQualifierValue("MaxLen");
            for (Object v : values) {
                if (v == null) {
                    continue;
                }
                if (valueMap != null && !inValueMap(v.toString(), valueMap, texts)) {
                    problems.add(where + " = " + v + " is not in its ValueMap");
                }
                if (maxLen != null && v instanceof String s && s.length() > ((Number) maxLen).longValue()) {
                    problems.add(where + " is longer than its MaxLen " + maxLen);
                }
            }
            if ("InstanceID".equalsIgnoreCase(declared.getName()) && value instanceof String id) {
                if (id.isBlank()) {
                    problems.add(where + " is empty");
                } else if (preferredInstanceId && (id.indexOf(':') < 1)) {
                    problems.add(where + " = " + id + " is not of the preferred form <OrgID>:<LocalID>");
                }
            }
        }
        return problems;
    }

    /** {@code value} matches an entry of {@code valueMap}, or falls in a range not reserved to the DMTF. */
    static boolean inValueMap(String value, String[] valueMap, String[] texts) {
        for (int i = 0; i < valueMap.length; i++) {
            String entry = valueMap[i].strip();
            if (entry.equals(value)) {
                return true;
            }
            int dots = entry.indexOf("..");
            if (dots < 0) {
                continue;
            }
            String text = texts != null && i < texts.length ? texts[i].toLowerCase(Locale.ROOT) : "";
            if (text.contains("dmtf reserved")) {
                continue;
            }
            Long n = number(value);
            if (n == null) {
                continue;
            }
            Long low = dots == 0 ? Long.MIN_VALUE : number(entry.substring(0, dots));
            Long high = dots + 2 >= entry.length() ? Long.MAX_VALUE : number(entry.substring(dots + 2));
            if (low != null && high != null && n >= low && n <= high) {
                return true;
            }
        }
        return false;
    }

    private static Long number(String text) {
        try {
            return Long.decode(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

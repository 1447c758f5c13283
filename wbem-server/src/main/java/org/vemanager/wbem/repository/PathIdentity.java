package org.vemanager.wbem.repository;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;

/** Which instance a path names, as a string: for comparing and deduplicating paths. */
public final class PathIdentity {

    private PathIdentity() {
    }

    /**
     * A canonical text for an instance path, ignoring host and namespace and the case of class and
     * key names, comparing key values by their text: two paths name the same instance iff their keys
     * are equal.
     */
    public static String of(CIMObjectPath path) {
        StringBuilder sb = new StringBuilder(64);
        appendIdentity(sb, path);
        return sb.toString();
    }

    private static void appendIdentity(StringBuilder sb, CIMObjectPath path) {
        sb.append(path.getObjectName().toLowerCase(Locale.ROOT)).append('{');
        CIMProperty<?>[] keys = path.getKeys();
        if (keys != null && keys.length > 0) {
            CIMProperty<?>[] sorted = keys.length == 1 ? keys : keys.clone();
            if (sorted.length > 1) {
                Arrays.sort(sorted, Comparator.comparing(k -> k.getName().toLowerCase(Locale.ROOT)));
            }
            for (CIMProperty<?> key : sorted) {
                sb.append(key.getName().toLowerCase(Locale.ROOT)).append('=');
                Object value = key.getValue();
                if (value instanceof CIMObjectPath ref) {
                    appendIdentity(sb, ref);
                } else {
                    String text = String.valueOf(value);
                    sb.append(text.length()).append(':').append(text);
                }
                sb.append(';');
            }
        }
        sb.append('}');
    }

}

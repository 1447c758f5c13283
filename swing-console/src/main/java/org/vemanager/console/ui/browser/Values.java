package org.vemanager.console.ui.browser;

import java.util.Arrays;
import org.metricshub.wbem.javax.cim.CIMInstance;

/** How the browser prints CIM values: arrays in braces, embedded instances by class, null as empty. */
final class Values {

    private Values() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CIMInstance instance) {
            return "instance of " + instance.getClassName();
        }
        if (value instanceof Object[] array) {
            return "{" + String.join(", ", Arrays.stream(array).map(Values::text).toList()) + "}";
        }
        return value.toString();
    }
}

package org.vemanager.provider;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;

/**
 * What the served-class conformance tests check of each instance a provider produces: every property
 * is declared by the class the server serves, with the same type (any reference matches any
 * reference), array-ness and key flag; what differs is added to {@code problems}.
 */
final class ServedClassCheck {

    private ServedClassCheck() {
    }

    static void check(CIMClass cimClass, CIMInstance instance, List<String> problems) {
        for (CIMProperty<?> property : instance.getProperties()) {
            CIMClassProperty<?> declared = cimClass.getProperty(property.getName());
            String where = cimClass.getName() + "." + property.getName();
            if (declared == null) {
                problems.add(where + ": not declared");
                continue;
            }
            CIMDataType ours = property.getDataType();
            CIMDataType theirs = declared.getDataType();
            boolean bothRefs = ours.getType() == CIMDataType.REFERENCE && theirs.getType() == CIMDataType.REFERENCE;
            if (!bothRefs && (ours.getType() != theirs.getType() || ours.isArray() != theirs.isArray())) {
                problems.add(where + ": we send " + ours + ", the class declares " + theirs);
            }
            if (declared.isKey() != property.isKey()) {
                problems.add(where + ": key flag differs");
            }
        }
    }
}

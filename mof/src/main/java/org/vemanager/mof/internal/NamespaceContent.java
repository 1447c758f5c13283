package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.parser.Position;

/** What one namespace has received so far during a compilation; names keyed in lower case. */
final class NamespaceContent {

    final String name;
    final Map<String, CIMQualifierType<?>> qualifierTypes = new LinkedHashMap<>();
    final Map<String, CIMClass> classes = new LinkedHashMap<>();
    final Map<String, Position> classPositions = new LinkedHashMap<>();
    final List<CIMInstance> instances = new ArrayList<>();

    NamespaceContent(String name) {
        this.name = name;
    }
}

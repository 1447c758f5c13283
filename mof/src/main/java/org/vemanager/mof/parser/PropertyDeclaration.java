package org.vemanager.mof.parser;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;

/** A property or reference of a class, with its qualifiers and optional default value (null if none). */
public record PropertyDeclaration(String name, CIMDataType type, MofValue defaultValue, List<QualifierValue> qualifiers,
    Position position) {
}

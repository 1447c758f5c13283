package org.vemanager.mof.parser;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;

/** A method parameter with its qualifiers (IN, OUT, EmbeddedInstance, …). */
public record ParameterDeclaration(String name, CIMDataType type, List<QualifierValue> qualifiers, Position position) {
}

package org.vemanager.mof.parser;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;

/** A method of a class: return type, name, qualifiers and parameters in order. */
public record MethodDeclaration(String name, CIMDataType returnType, List<QualifierValue> qualifiers,
    List<ParameterDeclaration> parameters, Position position) {
}

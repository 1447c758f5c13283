package org.vemanager.mof.parser;

import org.metricshub.wbem.javax.cim.CIMDataType;

/**
 * {@code Qualifier Name : type [= default], Scope(…) [, Flavor(…)];}. {@code scope} holds
 * {@code CIMScope} bits, {@code defaultValue} is null when none was written.
 */
public record QualifierTypeDeclaration(String name, CIMDataType type, MofValue defaultValue, int scope, Flavors flavors,
    Position position) {
}

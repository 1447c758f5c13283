package org.vemanager.mof.parser;

import java.util.List;

/** {@code instance of Class [as $alias] { Name = value; … };}. {@code alias} is null when none. */
public record InstanceDeclaration(String className, String alias, List<QualifierValue> qualifiers, List<PropertyValue> properties,
    Position position) {
}

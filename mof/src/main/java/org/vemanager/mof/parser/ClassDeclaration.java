package org.vemanager.mof.parser;

import java.util.List;

/**
 * {@code [qualifiers] class Name [: Superclass] { features };} as written, before inheritance is
 * resolved. {@code superclass} is null for a root class.
 */
public record ClassDeclaration(String name, String superclass, Position superclassPosition, List<QualifierValue> qualifiers,
    List<PropertyDeclaration> properties, List<MethodDeclaration> methods, Position position) {
}

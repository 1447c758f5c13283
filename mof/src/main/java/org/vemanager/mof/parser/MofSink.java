package org.vemanager.mof.parser;

import org.vemanager.mof.MofError;

/**
 * Where the {@link MofParser} delivers what it read, one top-level production at a time, in source
 * order. The parser knows nothing of namespaces, includes or CIM semantics; the sink does.
 */
public interface MofSink {

    void qualifierDeclaration(QualifierTypeDeclaration declaration);

    void classDeclaration(ClassDeclaration declaration);

    void instanceDeclaration(InstanceDeclaration declaration);

    /** A compiler directive; the sink acts on {@code include}, {@code namespace}, … */
    void pragma(Pragma pragma);

    /** A lexical or syntax error; the parser has already resynchronised after it. */
    void error(MofError error);
}

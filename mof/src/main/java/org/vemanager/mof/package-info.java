/**
 * The MOF compiler's public API: {@link org.vemanager.mof.MofCompiler} turns DMTF MOF (DSP0221,
 * the CIM 2.x syntax used by the CIM Schema 2.41) into an immutable
 * {@link org.vemanager.mof.MofRepository} of {@code javax.cim} qualifier types, classes (inheritance
 * resolved as DSP0004 says) and instances, or throws a
 * {@link org.vemanager.mof.MofCompilationException} carrying every {@link org.vemanager.mof.MofError}.
 *
 * <p>Inside: {@code .parser} (lexer, recursive-descent parser named after the DSP0221 grammar rules,
 * the declarations it delivers to a {@code MofSink}), {@code .internal} (sources and includes, CIM
 * semantics, the repository), {@code .cli} ({@code ./vem mof}) and {@code .bench}
 * ({@code ./vem bench mof}).
 */
package org.vemanager.mof;

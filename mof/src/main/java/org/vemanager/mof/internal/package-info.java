/**
 * The compiler's semantics (DSP0004): {@link org.vemanager.mof.internal.Compilation} is the parser's
 * sink and follows {@code #pragma include} and {@code #pragma namespace}; {@code RepositoryBuilder}
 * checks and builds qualifier types, classes ({@code ClassResolver}, {@code QualifierResolver}) and
 * instances ({@code InstanceBuilder}), typing values with {@code ValueConverter}. Not API: only
 * {@code org.vemanager.mof} is.
 */
package org.vemanager.mof.internal;

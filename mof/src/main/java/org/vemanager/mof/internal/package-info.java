/**
 * The compiler's semantics (DSP0004): {@link org.vemanager.mof.internal.Compilation} is the parser's
 * sink and follows {@code #pragma include} and {@code #pragma namespace}; {@code RepositoryBuilder}
 * checks and builds qualifier types, classes ({@code ClassResolver}, {@code QualifierResolver}) and
 * instances ({@code InstanceBuilder}), typing values with {@code ValueConverter}.
 * {@link org.vemanager.mof.internal.RepositoryImage} writes a compiled repository as a binary image and
 * reads it back without compiling (the build's image of the served classes). Not API: only
 * {@code org.vemanager.mof} is (and {@code RepositoryImage}, for the build step and its test).
 */
package org.vemanager.mof.internal;

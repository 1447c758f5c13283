package org.vemanager.wbem.operation;

import org.metricshub.wbem.javax.cim.CIMInstance;

/** One parsed query: which class it selects from, which instances match, what they look like after SELECT. */
public interface PreparedQuery {

    /** The class named in FROM; the dispatcher enumerates it and its subclasses. */
    String fromClass();

    /**
     * True when {@code instance} satisfies the WHERE clause.
     *
     * @param isA answers "is class {@code a} the class {@code b} or one of its subclasses" in the
     *     instance's namespace (for ISA and CQL class predicates)
     */
    boolean matches(CIMInstance instance, IsA isA);

    /** The instance with only the selected properties (the instance itself for {@code SELECT *}). */
    CIMInstance project(CIMInstance instance);

    /** Class-hierarchy test handed to {@link #matches}. */
    @FunctionalInterface
    interface IsA {
        boolean test(String className, String ancestorName);
    }
}

package org.vemanager.wbem.query;

/**
 * Answers "is this class the same as, or a subclass of, that one" for query evaluation (the FROM
 * class and ISA). The server backs it with its class repository; class names compare
 * case-insensitively, as everywhere in CIM.
 */
@FunctionalInterface
public interface ClassHierarchy {

    /** True when {@code className} equals {@code ancestorName} or inherits from it. */
    boolean isA(String className, String ancestorName);

    /** Only exact (case-insensitive) name matches: for callers that have no class repository. */
    ClassHierarchy EXACT = String::equalsIgnoreCase;
}

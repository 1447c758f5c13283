package org.vemanager.wbem.operation;

import org.vemanager.wbem.spi.CimException;

/**
 * The query languages the server understands (WQL, DMTF:CQL), as the dispatcher sees them. The
 * query package (org.vemanager.wbem.query) is adapted to this interface when the server is
 * assembled; without an engine, ExecQuery and OpenQueryInstances answer
 * QUERY_LANGUAGE_NOT_SUPPORTED and FilterQuery on the pull operations answers
 * FILTERED_ENUMERATION_NOT_SUPPORTED.
 */
@FunctionalInterface
public interface QueryEngine {

    /**
     * Parses {@code query}. Unknown language → CimException(QUERY_LANGUAGE_NOT_SUPPORTED); a syntax
     * error → CimException(INVALID_QUERY) saying where.
     */
    PreparedQuery prepare(String language, String query) throws CimException;
}

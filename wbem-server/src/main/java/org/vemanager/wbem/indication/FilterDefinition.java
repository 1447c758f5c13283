package org.vemanager.wbem.indication;

import java.util.List;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.query.Query;

/**
 * A CIM_IndicationFilter as the server keeps it: its keys, the query (parsed once) and the
 * namespaces it listens to (normalised; never empty — NULL SourceNamespaces means the filter's own
 * namespace, as the MOF says).
 */
public record FilterDefinition(ScopedKeys keys, Query query, List<String> sourceNamespaces) {

    public FilterDefinition {
        if (sourceNamespaces.isEmpty()) {
            throw new IllegalArgumentException("filter " + keys.name() + " has no source namespace");
        }
        sourceNamespaces = sourceNamespaces.stream().map(Paths::normalize).toList();
    }

    /** Whether indications from {@code namespace} reach this filter. */
    boolean listensTo(String namespace) {
        String normalized = Paths.normalize(namespace);
        return sourceNamespaces.stream().anyMatch(normalized::equalsIgnoreCase);
    }
}

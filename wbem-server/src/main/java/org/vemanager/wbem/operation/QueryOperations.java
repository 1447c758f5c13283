package org.vemanager.wbem.operation;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.RequestContext;

/** ExecQuery, and the query plumbing OpenQueryInstances and FilterQuery share: through the plugged {@link QueryEngine}. */
final class QueryOperations {

    private final Backend backend;

    QueryOperations(Backend backend) {
        this.backend = backend;
    }

    /** The parsed query, or QUERY_LANGUAGE_NOT_SUPPORTED when no engine is plugged. */
    PreparedQuery prepare(String language, String query) throws CimException {
        QueryEngine engine = backend.settings.queryEngine();
        if (engine == null) {
            throw new CimException(CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED, "this server does not support query language " + language);
        }
        PreparedQuery prepared = engine.prepare(language, query);
        if (prepared == null) {
            throw new CimException(CimStatus.INVALID_QUERY, "the query could not be parsed");
        }
        return prepared;
    }

    /** FilterQuery of a pull Open: null when none is given; FILTERED_ENUMERATION_NOT_SUPPORTED without an engine. */
    PreparedQuery filter(Params p) throws CimException {
        String query = p.string("FilterQuery");
        String language = p.string("FilterQueryLanguage");
        if (query == null && language == null) {
            return null;
        }
        if (backend.settings.queryEngine() == null) {
            throw new CimException(CimStatus.FILTERED_ENUMERATION_NOT_SUPPORTED, "this server does not support FilterQuery");
        }
        if (query == null || language == null) {
            throw p.invalid(query == null ? "FilterQuery" : "FilterQueryLanguage", "is required with the other");
        }
        return prepare(language, query);
    }

    PreparedQuery.IsA isA(String ns) {
        return (className, ancestor) -> {
            ClassInfo info = backend.classes.classInfo(ns, className);
            return info != null && info.isA(ancestor);
        };
    }

    ClassInfo fromClass(String ns, PreparedQuery query) throws CimException {
        ClassInfo cls = backend.classes.classInfo(ns, query.fromClass());
        if (cls == null) {
            throw new CimException(CimStatus.INVALID_QUERY, "the query selects from class " + query.fromClass()
                + ", which does not exist in " + ns);
        }
        return cls;
    }

    void execQuery(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        String language = p.requiredName("QueryLanguage");
        String text = p.string("Query");
        if (text == null) {
            throw p.invalid("Query", "is required");
        }
        PreparedQuery query = prepare(language, text);
        String ns = ctx.namespace();
        ClassInfo from = fromClass(ns, query);
        PreparedQuery.IsA isA = isA(ns);
        String host = backend.settings.hostName();
        for (ClassInfo cls : backend.servedClasses(from)) {
            InstanceFilter filter = backend.filter(cls, null, null, false);
            backend.enumerate(ctx, cls, instance -> {
                CIMInstance shaped = filter.apply(instance, ns);
                if (query.matches(shaped, isA)) {
                    out.item(ReturnElement.VALUE_OBJECTWITHPATH,
                        AssociationOperations.withFullPath(query.project(shaped), ns, host));
                }
            });
        }
    }
}

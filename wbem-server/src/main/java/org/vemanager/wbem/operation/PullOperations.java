package org.vemanager.wbem.operation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The pull family (DSP0200 1.4 §5.3.2): Open* checks its parameters, builds the lazy steps of an
 * {@link EnumerationContext} and answers the first MaxObjectCount items; Pull* continues; Close and
 * EnumerationCount manage the context. ContinueOnError is not supported (26); FilterQuery needs the
 * query engine (25 without it).
 */
final class PullOperations {

    private final Backend backend;
    private final AssociationOperations associations;
    private final QueryOperations queries;
    private final EnumerationContexts contexts;

    PullOperations(Backend backend, AssociationOperations associations, QueryOperations queries) {
        this.backend = backend;
        this.associations = associations;
        this.queries = queries;
        DispatcherSettings s = backend.settings;
        this.contexts = new EnumerationContexts(s.clock(), s.maxContextsPerUser(), s.maxBufferedPerContext());
    }

    EnumerationContexts contexts() {
        return contexts;
    }

    /** The parameters every Open shares, checked before anything is opened. */
    private record OpenParams(Duration timeout, int maxObjectCount, PreparedQuery filter) {
    }

    private OpenParams openParams(Params p, boolean filterAllowed) throws CimException {
        if (p.bool("ContinueOnError", false)) {
            throw new CimException(CimStatus.CONTINUATION_ON_ERROR_NOT_SUPPORTED, "ContinueOnError=true is not supported");
        }
        Duration timeout = timeout(p);
        Long max = p.uint32("MaxObjectCount");
        PreparedQuery filter = filterAllowed ? queries.filter(p) : null;
        return new OpenParams(timeout, max == null ? 0 : (int) Math.min(max, Integer.MAX_VALUE), filter);
    }

    /** NULL → the server default; 0 → no timeout if allowed; above the maximum → INVALID_OPERATION_TIMEOUT. */
    private Duration timeout(Params p) throws CimException {
        Long seconds = p.uint32("OperationTimeout");
        DispatcherSettings s = backend.settings;
        if (seconds == null) {
            return s.defaultOperationTimeout();
        }
        if (seconds == 0) {
            if (!s.allowNoTimeout()) {
                throw new CimException(CimStatus.INVALID_OPERATION_TIMEOUT,
                    "OperationTimeout 0 (no timeout) is not allowed; the maximum is "
                    + s.maxOperationTimeout().toSeconds() + " s");
            }
            return null;
        }
        Duration requested = Duration.ofSeconds(seconds);
        if (requested.compareTo(s.maxOperationTimeout()) > 0) {
            throw new CimException(CimStatus.INVALID_OPERATION_TIMEOUT, "OperationTimeout " + seconds + " s exceeds the maximum of "
                + s.maxOperationTimeout().toSeconds() + " s");
        }
        return requested;
    }

    void openEnumerateInstances(RequestContext ctx, Params p, ResultWriter out, boolean paths) throws CimException {
        String ns = ctx.namespace();
        ClassInfo requested = backend.requireClass(ns, p.requiredName("ClassName"), "ClassName");
        boolean deep = p.bool("DeepInheritance", true);
        boolean origin = p.bool("IncludeClassOrigin", false);
        String[] propertyList = paths ? null : p.propertyList();
        OpenParams open = openParams(p, true);
        PreparedQuery.IsA isA = queries.isA(ns);
        String host = backend.settings.hostName();
        List<EnumerationContext.Step> steps = new ArrayList<>();
        for (ClassInfo cls : backend.servedClasses(requested)) {
            InstanceFilter filter = backend.filter(cls, deep ? null : requested, open.filter() == null ? propertyList : null, origin);
            InstanceFilter projection = open.filter() == null || propertyList == null ? null
                : backend.filter(cls, null, propertyList, origin);
            steps.add(sink -> backend.enumerate(ctx, cls, instance -> {
                CIMInstance shaped = filter.apply(instance, ns);
                if (open.filter() != null && !open.filter().matches(shaped, isA)) {
                    return;
                }
                if (projection != null) {
                    shaped = projection.apply(shaped, ns);
                }
                sink.add(paths ? Paths.full(shaped.getObjectPath(), ns, host) : AssociationOperations.withFullPath(shaped, ns, host));
            }));
        }
        answerOpen(ctx, open, paths ? EnumerationContext.Kind.PATHS : EnumerationContext.Kind.INSTANCES_WITH_PATH, steps, out);
    }

    void openAssociators(RequestContext ctx, Params p, ResultWriter out, boolean paths) throws CimException {
        AssociationOperations.Query q = instanceQuery(ctx, p, true);
        OpenParams open = openParams(p, true);
        AssociationWalk walk = associations.walk();
        AssociationWalk.FarEnds farEnds = walk.new FarEnds(q.ns(), q.resultRole(), q.resultClass());
        String host = backend.settings.hostName();
        PreparedQuery.IsA isA = queries.isA(q.ns());
        List<EnumerationContext.Step> steps = new ArrayList<>();
        for (ClassInfo assoc : walk.associationClasses(q.ns(), q.target(), q.assocFilter(), q.role())) {
            steps.add(sink -> walk.references(ctx, assoc, q.path(), q.role(), (association, instance, role) ->
                farEnds.of(instance, role, (farClass, farPath) -> {
                    if (paths && open.filter() == null) {
                        sink.add(Paths.full(farPath, farPath.getNamespace(), host));
                        return;
                    }
                    CIMInstance far = associations.farInstance(ctx, farClass, farPath);
                    if (far == null || open.filter() != null && !open.filter().matches(far, isA)) {
                        return;
                    }
                    CIMInstance shaped = backend.filter(farClass, null, q.propertyList(), q.classOrigin())
                        .apply(far, farPath.getNamespace());
                    shaped = AssociationOperations.withFullPath(shaped, farPath.getNamespace(), host);
                    sink.add(paths ? shaped.getObjectPath() : shaped);
                })));
        }
        answerOpen(ctx, open, paths ? EnumerationContext.Kind.PATHS : EnumerationContext.Kind.INSTANCES_WITH_PATH, steps, out);
    }

    void openReferences(RequestContext ctx, Params p, ResultWriter out, boolean paths) throws CimException {
        AssociationOperations.Query q = instanceQuery(ctx, p, false);
        OpenParams open = openParams(p, true);
        AssociationWalk walk = associations.walk();
        String host = backend.settings.hostName();
        PreparedQuery.IsA isA = queries.isA(q.ns());
        Set<String> seen = new HashSet<>();
        List<EnumerationContext.Step> steps = new ArrayList<>();
        for (ClassInfo assoc : walk.associationClasses(q.ns(), q.target(), q.assocFilter(), q.role())) {
            InstanceFilter filter = backend.filter(assoc, null, q.propertyList(), q.classOrigin());
            steps.add(sink -> walk.references(ctx, assoc, q.path(), q.role(), (association, instance, role) -> {
                if (!seen.add(Paths.identity(instance.getObjectPath()))
                        || open.filter() != null && !open.filter().matches(instance, isA)) {
                    return;
                }
                CIMInstance shaped = AssociationOperations.withFullPath(filter.apply(instance, q.ns()), q.ns(), host);
                sink.add(paths ? shaped.getObjectPath() : shaped);
            }));
        }
        answerOpen(ctx, open, paths ? EnumerationContext.Kind.PATHS : EnumerationContext.Kind.INSTANCES_WITH_PATH, steps, out);
    }

    void openQueryInstances(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        if (p.bool("ReturnQueryResultClass", false)) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "ReturnQueryResultClass=true is not supported");
        }
        OpenParams open = openParams(p, false);
        String language = p.requiredName("FilterQueryLanguage");
        String text = p.string("FilterQuery");
        if (text == null) {
            throw p.invalid("FilterQuery", "is required");
        }
        PreparedQuery query = queries.prepare(language, text);
        String ns = ctx.namespace();
        ClassInfo from = queries.fromClass(ns, query);
        PreparedQuery.IsA isA = queries.isA(ns);
        List<EnumerationContext.Step> steps = new ArrayList<>();
        for (ClassInfo cls : backend.servedClasses(from)) {
            InstanceFilter filter = backend.filter(cls, null, null, false);
            steps.add(sink -> backend.enumerate(ctx, cls, instance -> {
                CIMInstance shaped = filter.apply(instance, ns);
                if (query.matches(shaped, isA)) {
                    sink.add(query.project(shaped));
                }
            }));
        }
        answerOpen(ctx, open, EnumerationContext.Kind.INSTANCES, steps, out);
    }

    private AssociationOperations.Query instanceQuery(RequestContext ctx, Params p, boolean associators) throws CimException {
        AssociationOperations.Query q = associations.query(ctx, p, associators, "InstanceName");
        if (q.path() == null) {
            throw p.invalid("InstanceName", "must be an instance path (with keys)");
        }
        return q;
    }

    private void answerOpen(RequestContext ctx, OpenParams open, EnumerationContext.Kind kind, List<EnumerationContext.Step> steps,
            ResultWriter out) throws CimException {
        EnumerationContext context = contexts.open(ctx.user(), ctx.namespace(), kind, open.timeout(), steps);
        answer(context, open.maxObjectCount(), out);
    }

    void pull(RequestContext ctx, Params p, ResultWriter out, EnumerationContext.Kind kind) throws CimException {
        String id = p.string("EnumerationContext");
        Long max = p.uint32("MaxObjectCount");
        if (max == null) {
            throw p.invalid("MaxObjectCount", "is required");
        }
        EnumerationContext context = contexts.acquire(id, ctx.user(), ctx.namespace(), kind);
        answer(context, (int) Math.min(max, Integer.MAX_VALUE), out);
    }

    /** Writes up to {@code max} items and the output parameters; closes the context at the end or on any error. */
    private void answer(EnumerationContext context, int max, ResultWriter out) throws CimException {
        boolean close = true;
        try {
            List<Object> items = context.take(Math.min(max, backend.settings.maxObjectsPerPull()));
            ReturnElement element = switch (context.kind) {
                case INSTANCES_WITH_PATH -> ReturnElement.VALUE_INSTANCEWITHPATH;
                case PATHS -> ReturnElement.OBJECTPATH;
                case INSTANCES -> ReturnElement.INSTANCE;
            };
            for (Object item : items) {
                out.item(element, item);
            }
            boolean end = context.exhausted();
            out.outParameter("EnumerationContext", CIMDataType.STRING_T, end ? null : context.id);
            out.outParameter("EndOfSequence", CIMDataType.BOOLEAN_T, end);
            close = end;
        } finally {
            contexts.release(context, close);
        }
    }

    void close(RequestContext ctx, Params p) throws CimException {
        EnumerationContext context = contexts.acquire(p.string("EnumerationContext"), ctx.user(), ctx.namespace(), null);
        contexts.release(context, true);
    }

    void count(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        EnumerationContext context = contexts.acquire(p.string("EnumerationContext"), ctx.user(), ctx.namespace(), null);
        Long remaining;
        try {
            remaining = context.knownRemaining();
        } finally {
            contexts.release(context, false);
        }
        out.value(CIMDataType.UINT64_T, remaining == null ? null : new UnsignedInteger64(java.math.BigInteger.valueOf(remaining)));
    }

}

package org.vemanager.wbem.operation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.repository.DefaultProviderRegistry;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The server's semantics: checks each request (operation known, role, namespace, parameter names),
 * then hands it to the family that carries it out. Only {@link CimException} leaves: any other
 * exception (a provider bug, ours) becomes FAILED with a correlation id, and its stack trace is
 * logged once at WARN under that id — never sent to the client.
 *
 * <p>Constructing the dispatcher plugs it into {@code registry} as the source of
 * {@code ProviderContext.enumerateInstanceNames}.
 */
public final class DefaultOperationDispatcher implements OperationDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultOperationDispatcher.class);
    /** The user under which providers' own lookups (ProviderContext) run. */
    static final String SYSTEM_USER = "vem-system";

    @FunctionalInterface
    private interface Handler {
        void handle(RequestContext ctx, Params params, ResultWriter out) throws CimException;
    }

    private record Operation(String name, Role role, Set<String> parameters, Handler handler) {
    }

    private final Backend backend;
    private final MethodOperations methods;
    private final PullOperations pulls;
    private final Map<String, Operation> operations = new HashMap<>();

    public DefaultOperationDispatcher(DefaultProviderRegistry registry, DispatcherSettings settings) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(settings, "settings");
        this.backend = new Backend(registry, settings);
        ClassOperations classes = new ClassOperations(backend);
        InstanceOperations instances = new InstanceOperations(backend);
        AssociationOperations associations = new AssociationOperations(backend);
        QueryOperations queries = new QueryOperations(backend);
        this.methods = new MethodOperations(backend);
        this.pulls = new PullOperations(backend, associations, queries);
        defineClassOperations(classes);
        defineInstanceOperations(instances, queries);
        defineAssociationOperations(associations);
        definePullOperations();
        registry.instanceNames((ns, className) -> backend.instanceNames(ns, className, SYSTEM_USER));
    }

    private void define(String name, Role role, Handler handler, String... parameters) {
        operations.put(name, new Operation(name, role, Set.of(parameters), handler));
    }

    private void defineClassOperations(ClassOperations c) {
        define("GetClass", Role.READER, (ctx, p, out) -> c.getClass(ctx.namespace(), p, out),
            "ClassName", "LocalOnly", "IncludeQualifiers", "IncludeClassOrigin", "PropertyList");
        define("EnumerateClasses", Role.READER, (ctx, p, out) -> c.enumerateClasses(ctx.namespace(), p, out),
            "ClassName", "DeepInheritance", "LocalOnly", "IncludeQualifiers", "IncludeClassOrigin");
        define("EnumerateClassNames", Role.READER, (ctx, p, out) -> c.enumerateClassNames(ctx.namespace(), p, out),
            "ClassName", "DeepInheritance");
        define("GetQualifier", Role.READER, (ctx, p, out) -> c.getQualifier(ctx.namespace(), p, out), "QualifierName");
        define("EnumerateQualifiers", Role.READER, (ctx, p, out) -> c.enumerateQualifiers(ctx.namespace(), out));
        Handler readOnlySchema = (ctx, p, out) -> {
            throw new CimException(CimStatus.NOT_SUPPORTED, "the schema of this server is read-only");
        };
        define("CreateClass", Role.ADMIN, readOnlySchema, "NewClass");
        define("ModifyClass", Role.ADMIN, readOnlySchema, "ModifiedClass");
        define("DeleteClass", Role.ADMIN, readOnlySchema, "ClassName");
        define("SetQualifier", Role.ADMIN, readOnlySchema, "QualifierDeclaration");
        define("DeleteQualifier", Role.ADMIN, readOnlySchema, "QualifierName");
    }

    private void defineInstanceOperations(InstanceOperations i, QueryOperations q) {
        define("GetInstance", Role.READER, i::getInstance,
            "InstanceName", "LocalOnly", "IncludeQualifiers", "IncludeClassOrigin", "PropertyList");
        define("EnumerateInstances", Role.READER, i::enumerateInstances,
            "ClassName", "LocalOnly", "DeepInheritance", "IncludeQualifiers", "IncludeClassOrigin", "PropertyList");
        define("EnumerateInstanceNames", Role.READER, i::enumerateInstanceNames, "ClassName");
        define("CreateInstance", Role.ADMIN, i::createInstance, "NewInstance");
        define("ModifyInstance", Role.ADMIN, (ctx, p, out) -> i.modifyInstance(ctx, p),
            "ModifiedInstance", "IncludeQualifiers", "PropertyList");
        define("DeleteInstance", Role.ADMIN, (ctx, p, out) -> i.deleteInstance(ctx, p), "InstanceName");
        define("GetProperty", Role.READER, i::getProperty, "InstanceName", "PropertyName");
        define("SetProperty", Role.ADMIN, (ctx, p, out) -> i.setProperty(ctx, p), "InstanceName", "PropertyName", "NewValue");
        define("ExecQuery", Role.READER, q::execQuery, "QueryLanguage", "Query");
    }

    private void defineAssociationOperations(AssociationOperations a) {
        define("Associators", Role.READER, (ctx, p, out) -> a.associators(ctx, p, out, false), "ObjectName", "AssocClass",
            "ResultClass", "Role", "ResultRole", "IncludeQualifiers", "IncludeClassOrigin", "PropertyList");
        define("AssociatorNames", Role.READER, (ctx, p, out) -> a.associators(ctx, p, out, true), "ObjectName", "AssocClass",
            "ResultClass", "Role", "ResultRole");
        define("References", Role.READER, (ctx, p, out) -> a.references(ctx, p, out, false), "ObjectName", "ResultClass", "Role",
            "IncludeQualifiers", "IncludeClassOrigin", "PropertyList");
        define("ReferenceNames", Role.READER, (ctx, p, out) -> a.references(ctx, p, out, true), "ObjectName", "ResultClass", "Role");
    }

    private void definePullOperations() {
        String[] openCommon = {"FilterQueryLanguage", "FilterQuery", "OperationTimeout", "ContinueOnError", "MaxObjectCount"};
        define("OpenEnumerateInstances", Role.READER, (ctx, p, out) -> pulls.openEnumerateInstances(ctx, p, out, false),
            concat(openCommon, "ClassName", "DeepInheritance", "IncludeClassOrigin", "PropertyList", "LocalOnly",
                "IncludeQualifiers"));
        define("OpenEnumerateInstancePaths", Role.READER, (ctx, p, out) -> pulls.openEnumerateInstances(ctx, p, out, true),
            concat(openCommon, "ClassName"));
        define("OpenAssociatorInstances", Role.READER, (ctx, p, out) -> pulls.openAssociators(ctx, p, out, false),
            concat(openCommon, "InstanceName", "AssocClass", "ResultClass", "Role", "ResultRole", "IncludeClassOrigin",
                "PropertyList"));
        define("OpenAssociatorInstancePaths", Role.READER, (ctx, p, out) -> pulls.openAssociators(ctx, p, out, true),
            concat(openCommon, "InstanceName", "AssocClass", "ResultClass", "Role", "ResultRole"));
        define("OpenReferenceInstances", Role.READER, (ctx, p, out) -> pulls.openReferences(ctx, p, out, false),
            concat(openCommon, "InstanceName", "ResultClass", "Role", "IncludeClassOrigin", "PropertyList"));
        define("OpenReferenceInstancePaths", Role.READER, (ctx, p, out) -> pulls.openReferences(ctx, p, out, true),
            concat(openCommon, "InstanceName", "ResultClass", "Role"));
        define("OpenQueryInstances", Role.READER, pulls::openQueryInstances,
            "FilterQuery", "FilterQueryLanguage", "ReturnQueryResultClass", "OperationTimeout", "ContinueOnError", "MaxObjectCount");
        define("PullInstancesWithPath", Role.READER,
            (ctx, p, out) -> pulls.pull(ctx, p, out, EnumerationContext.Kind.INSTANCES_WITH_PATH), "EnumerationContext",
            "MaxObjectCount");
        define("PullInstancePaths", Role.READER, (ctx, p, out) -> pulls.pull(ctx, p, out, EnumerationContext.Kind.PATHS),
            "EnumerationContext", "MaxObjectCount");
        define("PullInstances", Role.READER, (ctx, p, out) -> pulls.pull(ctx, p, out, EnumerationContext.Kind.INSTANCES),
            "EnumerationContext", "MaxObjectCount");
        define("CloseEnumeration", Role.READER, (ctx, p, out) -> pulls.close(ctx, p), "EnumerationContext");
        define("EnumerationCount", Role.READER, pulls::count, "EnumerationContext");
    }

    private static String[] concat(String[] common, String... more) {
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    @Override
    public void dispatch(CimRequest request, ResultWriter out) throws CimException {
        try {
            if (request.intrinsic()) {
                dispatchIntrinsic(request, out);
            } else {
                dispatchMethod(request, out);
            }
        } catch (CimException e) {
            throw e;
        } catch (RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.warn("{} on {} in {} failed [correlation id {}]", request.operation(), request.target(), request.namespace(), id, e);
            throw new CimException(CimStatus.FAILED, "internal error while processing " + request.operation()
                + "; the server log has the details under correlation id " + id);
        }
    }

    private void dispatchIntrinsic(CimRequest request, ResultWriter out) throws CimException {
        Operation op = operations.get(request.operation());
        if (op == null) {
            op = findIgnoringCase(request.operation());
        }
        if (op == null) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "operation " + request.operation() + " is not supported");
        }
        checkRole(request, op.role(), op.name());
        String ns = backend.namespace(request.namespace());
        Params params = new Params(op.name(), request.parameters());
        params.checkNames(op.parameters());
        op.handler().handle(new RequestContext(ns, request.user()), params, out);
    }

    private Operation findIgnoringCase(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Operation op : operations.values()) {
            if (op.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return op;
            }
        }
        return null;
    }

    private void dispatchMethod(CimRequest request, ResultWriter out) throws CimException {
        checkRole(request, Role.OPERATOR, "method " + request.operation());
        String ns = backend.namespace(request.namespace());
        methods.invoke(new RequestContext(ns, request.user()), request, out);
    }

    private static void checkRole(CimRequest request, Role needed, String what) throws CimException {
        Role role = request.role();
        if (role == null || !role.allows(needed)) {
            throw new CimException(CimStatus.ACCESS_DENIED, "user " + request.user() + " (" + (role == null ? "no role" : role)
                + ") may not call " + what + "; it needs the " + needed + " role");
        }
    }

    /** Every instance path of {@code className} and its subclasses (what ProviderContext offers providers). */
    public List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) throws CimException {
        return backend.instanceNames(namespace, className, SYSTEM_USER);
    }

    /** Open enumeration contexts (for monitoring and tests). */
    public int openEnumerationContexts() {
        return pulls.contexts().size();
    }
}

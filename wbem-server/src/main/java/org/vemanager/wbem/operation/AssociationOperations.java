package org.vemanager.wbem.operation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.RequestContext;

/**
 * Associators, AssociatorNames, References, ReferenceNames (and, through {@link Query}, the pull
 * variants). An instance target walks the association providers; a class target (no keys) answers
 * from the schema with classes, as DSP0200 defines for class-level association traversal.
 */
final class AssociationOperations {

    private final Backend backend;
    private final AssociationWalk walk;

    AssociationOperations(Backend backend) {
        this.backend = backend;
        this.walk = new AssociationWalk(backend);
    }

    AssociationWalk walk() {
        return walk;
    }

    /**
     * One association request, checked.
     *
     * @param path the validated instance path, or null for a class-level request
     * @param assocFilter AssocClass (Associators) or ResultClass (References), or null
     * @param resultClass ResultClass of Associators, or null
     */
    record Query(String ns, ClassInfo target, CIMObjectPath path, ClassInfo assocFilter, ClassInfo resultClass, String role,
            String resultRole, String[] propertyList, boolean classOrigin) {
    }

    /** Checks ObjectName (class, keys, existence) and the filter parameters. */
    Query query(RequestContext ctx, Params p, boolean associators, String objectParameter) throws CimException {
        String ns = ctx.namespace();
        CIMObjectPath objectName = p.path(objectParameter);
        ClassInfo target = backend.requireClass(ns, objectName.getObjectName(), objectParameter);
        CIMObjectPath path = null;
        if (!Paths.isClassPath(objectName) || target.keys().isEmpty()) {
            path = Paths.instancePath(target, objectName, ns, objectParameter);
            backend.getInstance(ctx, target, path);
        }
        ClassInfo assocFilter = filterClass(ns, p, associators ? "AssocClass" : "ResultClass");
        ClassInfo resultClass = associators ? filterClass(ns, p, "ResultClass") : null;
        boolean origin = p.present("IncludeClassOrigin") && p.bool("IncludeClassOrigin", false);
        return new Query(ns, target, path, assocFilter, resultClass, p.name("Role"), associators ? p.name("ResultRole") : null,
            p.propertyList(), origin);
    }

    private ClassInfo filterClass(String ns, Params p, String name) throws CimException {
        String className = p.name(name);
        if (className == null) {
            return null;
        }
        ClassInfo info = backend.classes.classInfo(ns, className);
        if (info == null) {
            throw p.invalid(name, "names class " + className + ", which does not exist in " + ns);
        }
        return info;
    }

    void associators(RequestContext ctx, Params p, ResultWriter out, boolean names) throws CimException {
        Query q = query(ctx, p, true, "ObjectName");
        if (q.path() == null) {
            classAssociators(q, p, out, names);
            return;
        }
        String host = backend.settings.hostName();
        AssociationWalk.FarEnds farEnds = walk.new FarEnds(q.ns(), q.resultRole(), q.resultClass());
        AssociationWalk.FarEndSink sink = names
            ? (farClass, farPath) -> out.item(ReturnElement.OBJECTPATH, Paths.full(farPath, farPath.getNamespace(), host))
            : (farClass, farPath) -> {
                CIMInstance far = farInstance(ctx, farClass, farPath);
                if (far != null) {
                    CIMInstance shaped = backend.filter(farClass, null, q.propertyList(), q.classOrigin())
                        .apply(far, farPath.getNamespace());
                    out.item(ReturnElement.VALUE_OBJECTWITHPATH, withFullPath(shaped, farPath.getNamespace(), host));
                }
            };
        for (ClassInfo assoc : walk.associationClasses(q.ns(), q.target(), q.assocFilter(), q.role())) {
            walk.references(ctx, assoc, q.path(), q.role(), (association, instance, role) -> farEnds.of(instance, role, sink));
        }
    }

    void references(RequestContext ctx, Params p, ResultWriter out, boolean names) throws CimException {
        Query q = query(ctx, p, false, "ObjectName");
        if (q.path() == null) {
            classReferences(q, p, out, names);
            return;
        }
        String host = backend.settings.hostName();
        for (ClassInfo assoc : walk.associationClasses(q.ns(), q.target(), q.assocFilter(), q.role())) {
            InstanceFilter filter = backend.filter(assoc, null, q.propertyList(), q.classOrigin());
            java.util.Set<String> seen = new java.util.HashSet<>();
            walk.references(ctx, assoc, q.path(), q.role(), (association, instance, role) -> {
                CIMObjectPath path = Paths.full(instance.getObjectPath(), q.ns(), host);
                if (!seen.add(Paths.identity(path))) {
                    return;
                }
                if (names) {
                    out.item(ReturnElement.OBJECTPATH, path);
                } else {
                    out.item(ReturnElement.VALUE_OBJECTWITHPATH, withFullPath(filter.apply(instance, q.ns()), q.ns(), host));
                }
            });
        }
    }

    /** The far-end instance from its provider, or null when it is gone (a race with a delete is not an error). */
    CIMInstance farInstance(RequestContext ctx, ClassInfo farClass, CIMObjectPath farPath) throws CimException {
        RequestContext farCtx = farPath.getNamespace().equals(ctx.namespace()) ? ctx
            : new RequestContext(farPath.getNamespace(), ctx.user());
        try {
            CIMObjectPath checked = Paths.instancePath(farClass, farPath, farPath.getNamespace(), "association reference");
            return backend.getInstance(farCtx, farClass, checked);
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND || e.status() == CimStatus.INVALID_PARAMETER) {
                return null;
            }
            throw e;
        }
    }

    static CIMInstance withFullPath(CIMInstance instance, String ns, String host) {
        CIMObjectPath path = instance.getObjectPath();
        CIMObjectPath full = Paths.full(path, ns, host);
        return full == path ? instance : new CIMInstance(full, instance.getProperties());
    }

    private void classReferences(Query q, Params p, ResultWriter out, boolean names) throws CimException {
        boolean qualifiers = p.bool("IncludeQualifiers", false);
        for (ClassInfo assoc : schemaAssociations(q)) {
            emitClass(q, assoc, out, names, qualifiers);
        }
    }

    private void classAssociators(Query q, Params p, ResultWriter out, boolean names) throws CimException {
        boolean qualifiers = p.bool("IncludeQualifiers", false);
        Map<ClassInfo, Boolean> far = new LinkedHashMap<>();
        for (ClassInfo assoc : schemaAssociations(q)) {
            for (CIMClassProperty<?> role : walk.roles(q.ns(), assoc, q.target(), q.role())) {
                for (CIMClassProperty<?> other : assoc.references()) {
                    if (other == role || q.resultRole() != null && !other.getName().equalsIgnoreCase(q.resultRole())) {
                        continue;
                    }
                    ClassInfo farClass = backend.classes.classInfo(q.ns(), other.getDataType().getRefClassName());
                    if (farClass != null && (q.resultClass() == null || farClass.isA(q.resultClass()))) {
                        far.put(farClass, Boolean.TRUE);
                    }
                }
            }
        }
        for (ClassInfo cls : far.keySet()) {
            emitClass(q, cls, out, names, qualifiers);
        }
    }

    /** Association classes of the schema (served or not) that can reference the target class. */
    private java.util.List<ClassInfo> schemaAssociations(Query q) {
        java.util.List<ClassInfo> result = new java.util.ArrayList<>();
        for (ClassInfo assoc : backend.classes.associations(q.ns())) {
            if ((q.assocFilter() == null || assoc.isA(q.assocFilter())) && !walk.roles(q.ns(), assoc, q.target(), q.role()).isEmpty()) {
                result.add(assoc);
            }
        }
        return result;
    }

    private void emitClass(Query q, ClassInfo cls, ResultWriter out, boolean names, boolean qualifiers) throws CimException {
        CIMObjectPath path = new CIMObjectPath(null, backend.settings.hostName(), null, q.ns(), cls.name(), new CIMProperty<?>[0]);
        if (names) {
            out.item(ReturnElement.OBJECTPATH, path);
        } else {
            out.item(ReturnElement.VALUE_OBJECTWITHPATH, ClassOperations.shape(cls, false, qualifiers, q.classOrigin(), q.propertyList()));
        }
    }
}

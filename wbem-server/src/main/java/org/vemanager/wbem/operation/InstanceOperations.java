package org.vemanager.wbem.operation;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.CimValues;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceWriteProvider;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The instance operations: reads stream from the providers through {@link InstanceFilter} straight
 * into the writer; writes are checked against the class (properties exist, types match, keys) before
 * the write provider sees them.
 */
final class InstanceOperations {

    private final Backend backend;

    InstanceOperations(Backend backend) {
        this.backend = backend;
    }

    void getInstance(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        CIMObjectPath requested = p.path("InstanceName");
        ClassInfo cls = backend.requireClass(ctx.namespace(), requested.getObjectName(), "InstanceName");
        CIMObjectPath path = Paths.instancePath(cls, requested, ctx.namespace(), "InstanceName");
        CIMInstance instance = backend.getInstance(ctx, cls, path);
        InstanceFilter filter = backend.filter(cls, null, p.propertyList(), p.bool("IncludeClassOrigin", false));
        out.item(ReturnElement.INSTANCE, filter.apply(instance, ctx.namespace()));
    }

    void enumerateInstances(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        ClassInfo requested = backend.requireClass(ctx.namespace(), p.requiredName("ClassName"), "ClassName");
        boolean deep = p.bool("DeepInheritance", true);
        String[] propertyList = p.propertyList();
        boolean origin = p.bool("IncludeClassOrigin", false);
        for (ClassInfo cls : backend.servedClasses(requested)) {
            InstanceFilter filter = backend.filter(cls, deep ? null : requested, propertyList, origin);
            String ns = ctx.namespace();
            backend.enumerate(ctx, cls, instance -> out.item(ReturnElement.VALUE_NAMEDINSTANCE, filter.apply(instance, ns)));
        }
    }

    void enumerateInstanceNames(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        ClassInfo requested = backend.requireClass(ctx.namespace(), p.requiredName("ClassName"), "ClassName");
        String ns = ctx.namespace();
        for (ClassInfo cls : backend.servedClasses(requested)) {
            backend.enumerate(ctx, cls, instance -> out.item(ReturnElement.INSTANCENAME,
                Paths.withNamespace(instance.getObjectPath(), ns)));
        }
    }

    void createInstance(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        CIMInstance given = p.instance("NewInstance");
        ClassInfo cls = backend.requireClass(ctx.namespace(), given.getClassName(), "NewInstance");
        InstanceWriteProvider writer = writer(cls);
        CIMInstance checked = checkedInstance(cls, given, ctx.namespace(), "NewInstance", null);
        CIMObjectPath created = writer.createInstance(ctx, checked);
        if (created == null) {
            throw new IllegalStateException("provider " + writer.getClass().getName() + " returned no path for CreateInstance");
        }
        out.item(ReturnElement.INSTANCENAME, Paths.withNamespace(created, ctx.namespace()));
    }

    void modifyInstance(RequestContext ctx, Params p) throws CimException {
        CIMInstance given = p.instance("ModifiedInstance");
        CIMObjectPath givenPath = given.getObjectPath();
        if (givenPath == null || Paths.isClassPath(givenPath)) {
            throw p.invalid("ModifiedInstance", "must carry its instance path");
        }
        ClassInfo cls = backend.requireClass(ctx.namespace(), givenPath.getObjectName(), "ModifiedInstance");
        InstanceWriteProvider writer = writer(cls);
        CIMObjectPath path = Paths.instancePath(cls, givenPath, ctx.namespace(), "ModifiedInstance");
        String[] propertyList = p.propertyList();
        if (propertyList != null) {
            for (String name : propertyList) {
                if (cls.property(name) == null) {
                    throw p.invalid("PropertyList", "names " + name + ", which is not a property of " + cls.name());
                }
            }
        }
        CIMInstance checked = checkedInstance(cls, given, ctx.namespace(), "ModifiedInstance", path);
        backend.getInstance(ctx, cls, path);
        writer.modifyInstance(ctx, checked, propertyList);
    }

    void deleteInstance(RequestContext ctx, Params p) throws CimException {
        CIMObjectPath requested = p.path("InstanceName");
        ClassInfo cls = backend.requireClass(ctx.namespace(), requested.getObjectName(), "InstanceName");
        InstanceWriteProvider writer = writer(cls);
        writer.deleteInstance(ctx, Paths.instancePath(cls, requested, ctx.namespace(), "InstanceName"));
    }

    void getProperty(RequestContext ctx, Params p, ResultWriter out) throws CimException {
        CIMObjectPath requested = p.path("InstanceName");
        String name = p.requiredName("PropertyName");
        ClassInfo cls = backend.requireClass(ctx.namespace(), requested.getObjectName(), "InstanceName");
        CIMObjectPath path = Paths.instancePath(cls, requested, ctx.namespace(), "InstanceName");
        CIMClassProperty<?> declared = property(cls, name);
        CIMInstance instance = backend.getInstance(ctx, cls, path);
        CIMProperty<?> actual = instance.getProperty(declared.getName());
        out.value(declared.getDataType(), actual == null ? null : actual.getValue());
    }

    void setProperty(RequestContext ctx, Params p) throws CimException {
        CIMObjectPath requested = p.path("InstanceName");
        String name = p.requiredName("PropertyName");
        ClassInfo cls = backend.requireClass(ctx.namespace(), requested.getObjectName(), "InstanceName");
        InstanceWriteProvider writer = writer(cls);
        CIMObjectPath path = Paths.instancePath(cls, requested, ctx.namespace(), "InstanceName");
        CIMClassProperty<?> declared = property(cls, name);
        Object value = convert(declared, p.raw("NewValue"), "NewValue");
        backend.getInstance(ctx, cls, path);
        List<CIMProperty<?>> props = new ArrayList<>(List.of(path.getKeys()));
        props.removeIf(k -> k.getName().equalsIgnoreCase(declared.getName()));
        props.add(property(declared, value));
        writer.modifyInstance(ctx, new CIMInstance(path, props.toArray(CIMProperty<?>[]::new)), new String[] {declared.getName()});
    }

    private InstanceWriteProvider writer(ClassInfo cls) throws CimException {
        InstanceWriteProvider writer = backend.providers.writeProvider(cls);
        if (writer == null) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "instances of " + cls.name() + " cannot be created, modified or deleted");
        }
        return writer;
    }

    private static CIMClassProperty<?> property(ClassInfo cls, String name) throws CimException {
        CIMClassProperty<?> declared = cls.property(name);
        if (declared == null) {
            throw new CimException(CimStatus.NO_SUCH_PROPERTY, "class " + cls.name() + " has no property " + name);
        }
        return declared;
    }

    /**
     * A copy of {@code given} whose properties all belong to {@code cls}, with the declared spelling
     * and type (NO_SUCH_PROPERTY, TYPE_MISMATCH otherwise), and a path in the request namespace.
     */
    static CIMInstance checkedInstance(ClassInfo cls, CIMInstance given, String ns, String parameter, CIMObjectPath path)
            throws CimException {
        CIMProperty<?>[] props = given.getProperties();
        CIMProperty<?>[] checked = new CIMProperty<?>[props.length];
        for (int i = 0; i < props.length; i++) {
            CIMProperty<?> prop = props[i];
            CIMClassProperty<?> declared = property(cls, prop.getName());
            CIMDataType actual = prop.getDataType();
            if (actual != null && prop.getValue() != null && !CimValues.compatible(declared.getDataType(), actual)
                    && !(prop.getValue() instanceof UntypedValue)) {
                throw new CimException(CimStatus.TYPE_MISMATCH, parameter + ": property " + declared.getName() + " is "
                    + CimValues.typeName(declared.getDataType()) + ", not " + CimValues.typeName(actual));
            }
            checked[i] = property(declared, convert(declared, prop.getValue(), parameter + "." + declared.getName()));
        }
        CIMObjectPath newPath = path;
        if (newPath == null) {
            CIMObjectPath givenPath = given.getObjectPath();
            newPath = new CIMObjectPath(null, null, null, ns, cls.name(), givenPath == null ? null : givenPath.getKeys());
        }
        return new CIMInstance(newPath, checked);
    }

    private static Object convert(CIMClassProperty<?> declared, Object value, String what) throws CimException {
        try {
            if (value instanceof UntypedValue u) {
                if (u.isArray() != declared.getDataType().isArray()) {
                    throw new IllegalArgumentException(declared.getDataType().isArray() ? "expected an array" : "expected a single value");
                }
                return u.isArray() ? CimValues.fromTexts(declared.getDataType(), u.array())
                    : CimValues.fromText(declared.getDataType(), u.text());
            }
            if (declared.getDataType().getType() == CIMDataType.STRING && value instanceof CIMInstance) {
                return value;
            }
            return CimValues.coerce(declared.getDataType(), value);
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.TYPE_MISMATCH, what + " (" + declared.getName() + "): " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMProperty<?> property(CIMClassProperty<?> declared, Object value) {
        CIMDataType type = declared.getDataType();
        if (value instanceof CIMInstance) {
            type = CIMDataType.OBJECT_T;
        } else if (value instanceof CIMInstance[]) {
            type = CIMDataType.OBJECT_ARRAY_T;
        }
        return new CIMProperty(declared.getName(), type, value, declared.isKey(), false, null);
    }
}

package org.vemanager.wbem.operation;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** GetClass, EnumerateClasses, EnumerateClassNames, GetQualifier, EnumerateQualifiers: read-only, from the repository. */
final class ClassOperations {

    private final Backend backend;

    ClassOperations(Backend backend) {
        this.backend = backend;
    }

    void getClass(String ns, Params p, ResultWriter out) throws CimException {
        ClassInfo cls = backend.requireClass(ns, p.requiredName("ClassName"), "ClassName");
        out.item(ReturnElement.CLASS, shape(cls, p.bool("LocalOnly", true), p.bool("IncludeQualifiers", true),
            p.bool("IncludeClassOrigin", false), p.propertyList()));
    }

    void enumerateClasses(String ns, Params p, ResultWriter out) throws CimException {
        boolean localOnly = p.bool("LocalOnly", true);
        boolean qualifiers = p.bool("IncludeQualifiers", true);
        boolean origin = p.bool("IncludeClassOrigin", false);
        for (ClassInfo cls : selected(ns, p)) {
            out.item(ReturnElement.CLASS, shape(cls, localOnly, qualifiers, origin, null));
        }
    }

    void enumerateClassNames(String ns, Params p, ResultWriter out) throws CimException {
        for (ClassInfo cls : selected(ns, p)) {
            out.item(ReturnElement.CLASSNAME, cls.name());
        }
    }

    /** ClassName absent → the root classes (and everything, if deep); else its direct or deep subclasses. */
    private List<ClassInfo> selected(String ns, Params p) throws CimException {
        String className = p.name("ClassName");
        boolean deep = p.bool("DeepInheritance", false);
        if (className == null) {
            return deep ? List.copyOf(backend.classes.classes(ns)) : backend.classes.rootClasses(ns);
        }
        ClassInfo cls = backend.requireClass(ns, className, "ClassName");
        return deep ? cls.deepSubclasses() : cls.children();
    }

    void getQualifier(String ns, Params p, ResultWriter out) throws CimException {
        String name = p.requiredName("QualifierName");
        CIMQualifierType<?> type = backend.classes.qualifierType(ns, name);
        if (type == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no qualifier type " + name + " in namespace " + ns);
        }
        out.item(ReturnElement.QUALIFIER_DECLARATION, type);
    }

    void enumerateQualifiers(String ns, ResultWriter out) throws CimException {
        for (CIMQualifierType<?> type : backend.classes.qualifierTypes(ns)) {
            out.item(ReturnElement.QUALIFIER_DECLARATION, type);
        }
    }

    /**
     * The class as the flags ask. javax.cim's {@code filterProperties} drops every method, so the
     * methods are put back, shaped by the same flags: clients such as wbemcli read a method's
     * parameters from GetClass before they call it, and send none when the class shows no method.
     */
    static CIMClass shape(ClassInfo cls, boolean localOnly, boolean qualifiers, boolean origin, String[] propertyList) {
        CIMClass full = cls.cimClass();
        CIMClass filtered = full.filterProperties(localOnly, qualifiers, origin, propertyList);
        List<CIMMethod<?>> methods = new ArrayList<>();
        for (CIMMethod<?> method : full.getMethods()) {
            if (!localOnly || !method.isPropagated()) {
                methods.add(qualifiers && origin ? method : shape(method, qualifiers, origin));
            }
        }
        if (methods.isEmpty()) {
            return filtered;
        }
        return new CIMClass(filtered.getObjectPath(), filtered.getSuperClassName(), filtered.getQualifiers(),
            filtered.getProperties(), methods.toArray(new CIMMethod<?>[0]), filtered.isAssociation(), filtered.isKeyed());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMMethod<?> shape(CIMMethod<?> method, boolean qualifiers, boolean origin) {
        CIMParameter<?>[] parameters = method.getParameters();
        if (!qualifiers) {
            CIMParameter<?>[] bare = new CIMParameter<?>[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                bare[i] = new CIMParameter(parameters[i].getName(), parameters[i].getDataType(), new CIMQualifier<?>[0]);
            }
            parameters = bare;
        }
        return new CIMMethod(method.getName(), method.getDataType(), qualifiers ? method.getQualifiers() : new CIMQualifier<?>[0],
            parameters, method.isPropagated(), origin ? method.getOriginClass() : null);
    }
}

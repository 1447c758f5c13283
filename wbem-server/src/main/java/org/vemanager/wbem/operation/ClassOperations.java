package org.vemanager.wbem.operation;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClass;
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

    /** The class as the flags ask (see {@link ClassShape}). */
    static CIMClass shape(ClassInfo cls, boolean localOnly, boolean qualifiers, boolean origin, String[] propertyList) {
        return ClassShape.of(cls.cimClass(), localOnly, qualifiers, origin, propertyList);
    }
}

package org.vemanager.wbem.operation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.vemanager.wbem.repository.CimValues;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * Extrinsic method calls: the method must exist (METHOD_NOT_FOUND), an instance target must exist
 * (NOT_FOUND), a class target is only for Static methods; every in-parameter must be declared
 * (INVALID_PARAMETER naming it) and gets the declared type (TYPE_MISMATCH when it cannot), embedded
 * instances are decoded; the provider's results are written with the declared types.
 */
final class MethodOperations {

    private final Backend backend;
    private final EmbeddedInstanceDecoder embedded;

    MethodOperations(Backend backend) {
        this.backend = backend;
        this.embedded = new EmbeddedInstanceDecoder(backend.classes);
    }

    void invoke(RequestContext ctx, CimRequest request, ResultWriter out) throws CimException {
        String ns = ctx.namespace();
        CIMObjectPath target = request.target();
        if (target == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "method " + request.operation() + " needs a class or instance path");
        }
        ClassInfo cls = backend.requireClass(ns, target.getObjectName(), "the target path");
        CIMMethod<?> method = cls.method(request.operation());
        if (method == null) {
            throw new CimException(CimStatus.METHOD_NOT_FOUND, "class " + cls.name() + " has no method " + request.operation());
        }
        MethodProvider provider = provider(cls);
        if (provider == null) {
            throw new CimException(CimStatus.NOT_SUPPORTED, "no provider implements " + cls.name() + "." + method.getName());
        }
        CIMObjectPath path;
        if (Paths.isClassPath(target) && !cls.keys().isEmpty()) {
            if (!isStatic(method)) {
                throw new CimException(CimStatus.INVALID_PARAMETER, "method " + method.getName()
                    + " is not static: call it on an instance path");
            }
            path = new CIMObjectPath(null, null, null, ns, cls.name(), null);
        } else {
            path = Paths.instancePath(cls, target, ns, "the target path");
            backend.getInstance(ctx, cls, path);
        }
        CIMArgument<?>[] in = inParameters(ns, method, request.methodParameters());
        MethodResult result = provider.invokeMethod(ctx, path, method.getName(), in);
        if (result == null) {
            throw new IllegalStateException("provider " + provider.getClass().getName() + " returned no result for " + method.getName());
        }
        out.returnValue(method.getDataType(), result.returnValue());
        for (CIMArgument<?> arg : result.outParameters()) {
            CIMParameter<?> declared = method.getParameter(arg.getName());
            CIMDataType type = declared == null ? arg.getDataType() : declared.getDataType();
            Object value = arg.getValue();
            if (value instanceof CIMInstance) {
                type = CIMDataType.OBJECT_T;
            } else if (value instanceof CIMInstance[]) {
                type = CIMDataType.OBJECT_ARRAY_T;
            }
            out.outParameter(declared == null ? arg.getName() : declared.getName(), type, value);
        }
    }

    /** The method provider of the class, or of its nearest superclass (methods are inherited). */
    private MethodProvider provider(ClassInfo cls) {
        for (ClassInfo c = cls; c != null; c = c.superClass()) {
            MethodProvider provider = backend.providers.methodProvider(c);
            if (provider != null) {
                return provider;
            }
        }
        return null;
    }

    private static boolean isStatic(CIMMethod<?> method) {
        return Boolean.TRUE.equals(method.getQualifierValue("Static"));
    }

    private CIMArgument<?>[] inParameters(String ns, CIMMethod<?> method, List<CIMArgument<?>> given) throws CimException {
        if (given == null) {
            return new CIMArgument<?>[0];
        }
        CIMArgument<?>[] result = new CIMArgument<?>[given.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < result.length; i++) {
            CIMArgument<?> arg = given.get(i);
            CIMParameter<?> declared = method.getParameter(arg.getName());
            if (declared == null) {
                declared = findIgnoringCase(method, arg.getName());
            }
            if (declared == null || !isInput(declared)) {
                throw new CimException(CimStatus.INVALID_PARAMETER, "method " + method.getName() + " has no input parameter "
                    + arg.getName());
            }
            if (!seen.add(declared.getName().toLowerCase(Locale.ROOT))) {
                throw new CimException(CimStatus.INVALID_PARAMETER, "parameter " + declared.getName() + " was sent twice");
            }
            result[i] = convert(ns, declared, arg);
        }
        return result;
    }

    /**
     * In defaults to true (DSP0004), but DMTF MOF marks output-only parameters with just [Out]; a
     * parameter is taken as input unless In is false or it is Out without an explicit In.
     */
    private static boolean isInput(CIMParameter<?> declared) {
        Object in = declared.getQualifierValue("In");
        if (in != null) {
            return Boolean.TRUE.equals(in);
        }
        return !Boolean.TRUE.equals(declared.getQualifierValue("Out"));
    }

    private static CIMParameter<?> findIgnoringCase(CIMMethod<?> method, String name) {
        for (CIMParameter<?> p : method.getParameters()) {
            if (p.getName().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CIMArgument<?> convert(String ns, CIMParameter<?> declared, CIMArgument<?> arg) throws CimException {
        CIMDataType type = declared.getDataType();
        Object value = arg.getValue();
        String name = declared.getName();
        boolean embeddedParam = type.getType() == CIMDataType.STRING
            && (declared.getQualifier("EmbeddedInstance") != null || declared.getQualifier("EmbeddedObject") != null);
        try {
            if (value instanceof UntypedValue u) {
                if (u.isArray() != type.isArray()) {
                    throw new IllegalArgumentException(type.isArray() ? "expected an array" : "expected a single value");
                }
                value = u.isArray() ? (embeddedParam ? u.array().toArray(String[]::new) : CimValues.fromTexts(type, u.array()))
                    : (embeddedParam ? u.text() : CimValues.fromText(type, u.text()));
            } else if (arg.getDataType() != null && value != null && !CimValues.compatible(type, arg.getDataType())
                    && !(value instanceof String || value instanceof String[])) {
                throw new IllegalArgumentException("declared " + CimValues.typeName(type) + ", sent "
                    + CimValues.typeName(arg.getDataType()));
            } else if (!embeddedParam) {
                value = CimValues.coerce(type, value);
            }
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.TYPE_MISMATCH, "parameter " + name + ": " + e.getMessage());
        }
        if (embeddedParam) {
            if (value instanceof String s) {
                return new CIMArgument(name, CIMDataType.OBJECT_T, embedded.decode(ns, s, name));
            }
            if (value instanceof String[] texts) {
                CIMInstance[] instances = new CIMInstance[texts.length];
                for (int i = 0; i < texts.length; i++) {
                    instances[i] = embedded.decode(ns, texts[i], name + "[" + i + "]");
                }
                return new CIMArgument(name, CIMDataType.OBJECT_ARRAY_T, instances);
            }
            if (value == null) {
                return new CIMArgument(name, CIMDataType.OBJECT_T, null);
            }
            if (value instanceof CIMInstance instance) {
                return new CIMArgument(name, CIMDataType.OBJECT_T, embedded.typed(ns, instance, name));
            }
            if (value instanceof CIMInstance[] sent) {
                CIMInstance[] instances = new CIMInstance[sent.length];
                for (int i = 0; i < sent.length; i++) {
                    instances[i] = sent[i] == null ? null : embedded.typed(ns, sent[i], name + "[" + i + "]");
                }
                return new CIMArgument(name, CIMDataType.OBJECT_ARRAY_T, instances);
            }
            throw new CimException(CimStatus.TYPE_MISMATCH, "parameter " + name + " must be an embedded instance");
        }
        return new CIMArgument(name, type, value);
    }
}

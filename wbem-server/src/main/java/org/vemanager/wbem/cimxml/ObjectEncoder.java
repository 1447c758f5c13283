package org.vemanager.wbem.cimxml;

import java.lang.reflect.Array;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.CIMScope;

/**
 * javax.cim → DSP0201 object elements, written straight into a {@link Utf8Output}: one method per
 * element, named after it. Paths without a namespace or host get the request's, so every
 * INSTANCEPATH/CLASSPATH written is complete.
 */
public final class ObjectEncoder {

    private final Utf8Output out;
    private final String defaultNamespace;
    private final String defaultHost;

    public ObjectEncoder(Utf8Output out, String defaultNamespace, String defaultHost) {
        this.out = out;
        this.defaultNamespace = defaultNamespace;
        this.defaultHost = defaultHost;
    }

    public void className(String name) {
        out.raw("<CLASSNAME NAME=\"").escaped(name, true).raw("\"/>");
    }

    public void localNamespacePath(String namespace) {
        out.raw("<LOCALNAMESPACEPATH>");
        for (String part : namespaceOr(namespace).split("/")) {
            if (!part.isEmpty()) {
                out.raw("<NAMESPACE NAME=\"").escaped(part, true).raw("\"/>");
            }
        }
        out.raw("</LOCALNAMESPACEPATH>");
    }

    public void namespacePath(CIMObjectPath path) {
        String host = path.getHost() == null || path.getHost().isEmpty() ? defaultHost : path.getHost();
        out.raw("<NAMESPACEPATH><HOST>").escaped(host, false).raw("</HOST>");
        localNamespacePath(path.getNamespace());
        out.raw("</NAMESPACEPATH>");
    }

    public void instancePath(CIMObjectPath path) {
        out.raw("<INSTANCEPATH>");
        namespacePath(path);
        instanceName(path);
        out.raw("</INSTANCEPATH>");
    }

    public void classPath(CIMObjectPath path) {
        out.raw("<CLASSPATH>");
        namespacePath(path);
        className(path.getObjectName());
        out.raw("</CLASSPATH>");
    }

    /** OBJECTPATH: an INSTANCEPATH when the path has keys, else a CLASSPATH. */
    public void objectPath(CIMObjectPath path) {
        out.raw("<OBJECTPATH>");
        if (isInstancePath(path)) {
            instancePath(path);
        } else {
            classPath(path);
        }
        out.raw("</OBJECTPATH>");
    }

    public void instanceName(CIMObjectPath path) {
        out.raw("<INSTANCENAME CLASSNAME=\"").escaped(path.getObjectName(), true).raw("\">");
        CIMProperty<?>[] keys = path.getKeys();
        if (keys != null) {
            for (CIMProperty<?> key : keys) {
                keyBinding(key);
            }
        }
        out.raw("</INSTANCENAME>");
    }

    private void keyBinding(CIMProperty<?> key) {
        out.raw("<KEYBINDING NAME=\"").escaped(key.getName(), true).raw("\">");
        Object value = key.getValue();
        if (value instanceof CIMObjectPath reference) {
            valueReference(reference);
        } else {
            String valueType = value instanceof Boolean ? "boolean" : value instanceof Number ? "numeric" : "string";
            out.raw("<KEYVALUE VALUETYPE=\"").raw(valueType).raw("\">");
            if (value != null) {
                out.escaped(CimTypes.format(value), false);
            }
            out.raw("</KEYVALUE>");
        }
        out.raw("</KEYBINDING>");
    }

    /** VALUE.REFERENCE: INSTANCEPATH/CLASSPATH with host, LOCAL… with namespace only, else INSTANCENAME/CLASSNAME. */
    public void valueReference(CIMObjectPath path) {
        out.raw("<VALUE.REFERENCE>");
        boolean instance = isInstancePath(path);
        boolean hasHost = path.getHost() != null && !path.getHost().isEmpty();
        boolean hasNamespace = path.getNamespace() != null && !path.getNamespace().isEmpty();
        if (hasHost && hasNamespace) {
            if (instance) {
                instancePath(path);
            } else {
                classPath(path);
            }
        } else if (hasNamespace) {
            out.raw(instance ? "<LOCALINSTANCEPATH>" : "<LOCALCLASSPATH>");
            localNamespacePath(path.getNamespace());
            if (instance) {
                instanceName(path);
            } else {
                className(path.getObjectName());
            }
            out.raw(instance ? "</LOCALINSTANCEPATH>" : "</LOCALCLASSPATH>");
        } else if (instance) {
            instanceName(path);
        } else {
            className(path.getObjectName());
        }
        out.raw("</VALUE.REFERENCE>");
    }

    public void instance(CIMInstance instance) {
        out.raw("<INSTANCE CLASSNAME=\"").escaped(instance.getClassName(), true).raw("\">");
        for (CIMProperty<?> property : instance.getProperties()) {
            property(property);
        }
        out.raw("</INSTANCE>");
    }

    public void valueNamedInstance(CIMInstance instance) {
        out.raw("<VALUE.NAMEDINSTANCE>");
        instanceName(instance.getObjectPath());
        instance(instance);
        out.raw("</VALUE.NAMEDINSTANCE>");
    }

    public void valueInstanceWithPath(CIMInstance instance) {
        out.raw("<VALUE.INSTANCEWITHPATH>");
        instancePath(instance.getObjectPath());
        instance(instance);
        out.raw("</VALUE.INSTANCEWITHPATH>");
    }

    /** VALUE.OBJECTWITHPATH of an instance or a class. */
    public void valueObjectWithPath(Object object) {
        out.raw("<VALUE.OBJECTWITHPATH>");
        if (object instanceof CIMInstance instance) {
            instancePath(instance.getObjectPath());
            instance(instance);
        } else if (object instanceof CIMClass cimClass) {
            classPath(cimClass.getObjectPath());
            cimClass(cimClass);
        } else {
            throw new IllegalStateException("VALUE.OBJECTWITHPATH needs a CIMInstance or CIMClass, not " + typeOf(object));
        }
        out.raw("</VALUE.OBJECTWITHPATH>");
    }

    /** PROPERTY, PROPERTY.ARRAY or PROPERTY.REFERENCE, with qualifiers when it is a class property. */
    public void property(CIMProperty<?> property) {
        CIMDataType type = property.getDataType();
        Object value = property.getValue();
        if (type.getType() == CIMDataType.REFERENCE && type.isArray()) {
            // DSP0004 allows reference arrays only as method parameters; DSP0201 has no element for them.
            throw new IllegalStateException("property " + property.getName() + " is a reference array, which CIM does not allow");
        }
        String element = type.getType() == CIMDataType.REFERENCE ? "PROPERTY.REFERENCE" : type.isArray() ? "PROPERTY.ARRAY" : "PROPERTY";
        out.raw("<").raw(element).raw(" NAME=\"").escaped(property.getName(), true).raw("\"");
        if (type.getType() == CIMDataType.REFERENCE) {
            if (type.getRefClassName() != null && !type.getRefClassName().isEmpty()) {
                out.raw(" REFERENCECLASS=\"").escaped(type.getRefClassName(), true).raw("\"");
            }
        } else {
            out.raw(" TYPE=\"").raw(CimTypes.typeName(type)).raw("\"");
            embeddedObjectAttribute(type, value);
        }
        if (property.getOriginClass() != null) {
            out.raw(" CLASSORIGIN=\"").escaped(property.getOriginClass(), true).raw("\"");
        }
        if (property.isPropagated()) {
            out.raw(" PROPAGATED=\"true\"");
        }
        out.raw(">");
        if (property instanceof CIMClassProperty<?> classProperty) {
            for (CIMQualifier<?> qualifier : classProperty.getQualifiers()) {
                qualifier(qualifier);
            }
        }
        value(type, value);
        out.raw("</").raw(element).raw(">");
    }

    private void embeddedObjectAttribute(CIMDataType type, Object value) {
        if (type.getType() == CIMDataType.OBJECT || type.getType() == CIMDataType.CLASS) {
            Object sample = value != null && value.getClass().isArray() && Array.getLength(value) > 0 ? Array.get(value, 0) : value;
            out.raw(sample instanceof CIMInstance ? " EmbeddedObject=\"instance\"" : " EmbeddedObject=\"object\"");
        }
    }

    /** A value of {@code type}: VALUE, VALUE.ARRAY or VALUE.REFERENCE (VALUE.REFARRAY for reference arrays); nothing for null. */
    public void value(CIMDataType type, Object value) {
        if (value == null) {
            return;
        }
        if (type.getType() == CIMDataType.REFERENCE) {
            if (type.isArray()) {
                out.raw("<VALUE.REFARRAY>");
                for (int i = 0; i < Array.getLength(value); i++) {
                    Object element = Array.get(value, i);
                    if (element == null) {
                        out.raw("<VALUE.NULL/>");
                    } else {
                        valueReference((CIMObjectPath) element);
                    }
                }
                out.raw("</VALUE.REFARRAY>");
            } else {
                valueReference((CIMObjectPath) value);
            }
        } else if (value.getClass().isArray()) {
            out.raw("<VALUE.ARRAY>");
            for (int i = 0; i < Array.getLength(value); i++) {
                Object element = Array.get(value, i);
                if (element == null) {
                    out.raw("<VALUE.NULL/>");
                } else {
                    scalarValue(element);
                }
            }
            out.raw("</VALUE.ARRAY>");
        } else {
            scalarValue(value);
        }
    }

    private void scalarValue(Object value) {
        out.raw("<VALUE>");
        if (value instanceof CIMInstance || value instanceof CIMClass) {
            out.escaped(EmbeddedObjects.toXml(value, defaultNamespace, defaultHost), false);
        } else {
            out.escaped(CimTypes.format(value), false);
        }
        out.raw("</VALUE>");
    }

    public void qualifier(CIMQualifier<?> qualifier) {
        CIMDataType type = qualifier.getDataType();
        out.raw("<QUALIFIER NAME=\"").escaped(qualifier.getName(), true).raw("\" TYPE=\"").raw(CimTypes.typeName(type)).raw("\"");
        if (qualifier.isPropagated()) {
            out.raw(" PROPAGATED=\"true\"");
        }
        flavor(qualifier.getFlavor());
        out.raw(">");
        value(type, qualifier.getValue());
        out.raw("</QUALIFIER>");
    }

    public void qualifierDeclaration(CIMQualifierType<?> declaration) {
        CIMDataType type = declaration.getDataType();
        out.raw("<QUALIFIER.DECLARATION NAME=\"").escaped(declaration.getName(), true).raw("\" TYPE=\"").raw(CimTypes.typeName(type))
            .raw("\" ISARRAY=\"").raw(type.isArray() ? "true" : "false").raw("\"");
        if (type.isArray() && type.getSize() > 0) {
            out.raw(" ARRAYSIZE=\"").raw(Integer.toString(type.getSize())).raw("\"");
        }
        flavor(declaration.getFlavor());
        out.raw(">");
        int scope = declaration.getScope();
        out.raw("<SCOPE");
        scopeAttribute("CLASS", scope, CIMScope.CLASS);
        scopeAttribute("ASSOCIATION", scope, CIMScope.ASSOCIATION);
        scopeAttribute("REFERENCE", scope, CIMScope.REFERENCE);
        scopeAttribute("PROPERTY", scope, CIMScope.PROPERTY);
        scopeAttribute("METHOD", scope, CIMScope.METHOD);
        scopeAttribute("PARAMETER", scope, CIMScope.PARAMETER);
        scopeAttribute("INDICATION", scope, CIMScope.INDICATION);
        out.raw("/>");
        value(type, declaration.getValue());
        out.raw("</QUALIFIER.DECLARATION>");
    }

    private void scopeAttribute(String name, int scope, int bit) {
        out.raw(" ").raw(name).raw((scope & bit) != 0 ? "=\"true\"" : "=\"false\"");
    }

    private void flavor(int flavor) {
        // Write only what differs from the DTD's defaults (OVERRIDABLE, TOSUBCLASS true; TRANSLATABLE false).
        if ((flavor & CIMFlavor.DISABLEOVERRIDE) != 0) {
            out.raw(" OVERRIDABLE=\"false\"");
        }
        if ((flavor & CIMFlavor.RESTRICTED) != 0) {
            out.raw(" TOSUBCLASS=\"false\"");
        }
        if ((flavor & CIMFlavor.TRANSLATE) != 0) {
            out.raw(" TRANSLATABLE=\"true\"");
        }
    }

    public void cimClass(CIMClass cimClass) {
        out.raw("<CLASS NAME=\"").escaped(cimClass.getName(), true).raw("\"");
        if (cimClass.getSuperClassName() != null && !cimClass.getSuperClassName().isEmpty()) {
            out.raw(" SUPERCLASS=\"").escaped(cimClass.getSuperClassName(), true).raw("\"");
        }
        out.raw(">");
        for (CIMQualifier<?> qualifier : cimClass.getQualifiers()) {
            qualifier(qualifier);
        }
        for (CIMClassProperty<?> property : cimClass.getProperties()) {
            property(property);
        }
        for (CIMMethod<?> method : cimClass.getMethods()) {
            method(method);
        }
        out.raw("</CLASS>");
    }

    public void method(CIMMethod<?> method) {
        out.raw("<METHOD NAME=\"").escaped(method.getName(), true).raw("\"");
        CIMDataType type = method.getDataType();
        if (type != null && type.getType() != CIMDataType.INVALID) {
            out.raw(" TYPE=\"").raw(CimTypes.typeName(type)).raw("\"");
        }
        if (method.getOriginClass() != null) {
            out.raw(" CLASSORIGIN=\"").escaped(method.getOriginClass(), true).raw("\"");
        }
        if (method.isPropagated()) {
            out.raw(" PROPAGATED=\"true\"");
        }
        out.raw(">");
        for (CIMQualifier<?> qualifier : method.getQualifiers()) {
            qualifier(qualifier);
        }
        for (CIMParameter<?> parameter : method.getParameters()) {
            parameter(parameter);
        }
        out.raw("</METHOD>");
    }

    public void parameter(CIMParameter<?> parameter) {
        CIMDataType type = parameter.getDataType();
        boolean reference = type.getType() == CIMDataType.REFERENCE;
        String element = reference ? (type.isArray() ? "PARAMETER.REFARRAY" : "PARAMETER.REFERENCE")
            : (type.isArray() ? "PARAMETER.ARRAY" : "PARAMETER");
        out.raw("<").raw(element).raw(" NAME=\"").escaped(parameter.getName(), true).raw("\"");
        if (reference) {
            if (type.getRefClassName() != null && !type.getRefClassName().isEmpty()) {
                out.raw(" REFERENCECLASS=\"").escaped(type.getRefClassName(), true).raw("\"");
            }
        } else {
            out.raw(" TYPE=\"").raw(CimTypes.typeName(type)).raw("\"");
        }
        if (type.isArray() && type.getSize() > 0) {
            out.raw(" ARRAYSIZE=\"").raw(Integer.toString(type.getSize())).raw("\"");
        }
        out.raw(">");
        for (CIMQualifier<?> qualifier : parameter.getQualifiers()) {
            qualifier(qualifier);
        }
        out.raw("</").raw(element).raw(">");
    }

    private String namespaceOr(String namespace) {
        return namespace == null || namespace.isEmpty() ? defaultNamespace : namespace;
    }

    static boolean isInstancePath(CIMObjectPath path) {
        return path.getKeys() != null && path.getKeys().length > 0;
    }

    static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}

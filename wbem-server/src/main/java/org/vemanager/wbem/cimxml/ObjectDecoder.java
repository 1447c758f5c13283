package org.vemanager.wbem.cimxml;

import java.util.ArrayList;
import java.util.List;
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
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * DSP0201 object elements → javax.cim: one method per element, named after it. A structure the DTD
 * does not allow is {@link ProtocolError#REQUEST_NOT_VALID}; a value that does not parse as its
 * declared type is CIM_ERR_INVALID_PARAMETER (the document is valid, the data is not). Embedded
 * objects (EmbeddedObject attribute) stay strings: the dispatcher knows their declarations.
 */
public final class ObjectDecoder {

    /** Decodes a LOCALNAMESPACEPATH: its NAMESPACE names joined by '/'. */
    public String localNamespacePath(XmlElement element) throws CimXmlProtocolException {
        StringBuilder namespace = new StringBuilder();
        for (XmlElement child : element.children()) {
            expect(child, "NAMESPACE");
            if (namespace.length() > 0) {
                namespace.append('/');
            }
            namespace.append(child.requiredAttribute("NAME"));
        }
        if (namespace.length() == 0) {
            throw invalid("LOCALNAMESPACEPATH holds no NAMESPACE");
        }
        return normaliseNamespace(namespace.toString());
    }

    /** Namespaces without leading, trailing or doubled '/'. */
    public static String normaliseNamespace(String namespace) {
        StringBuilder out = new StringBuilder(namespace.length());
        for (String part : namespace.split("/")) {
            if (!part.isEmpty()) {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    /** CLASSNAME → the class name. */
    public String className(XmlElement element) throws CimXmlProtocolException {
        expect(element, "CLASSNAME");
        return element.requiredAttribute("NAME");
    }

    /** INSTANCENAME → an instance path in {@code namespace} (null for none). */
    public CIMObjectPath instanceName(XmlElement element, String namespace) throws CimXmlProtocolException, CimException {
        expect(element, "INSTANCENAME");
        String className = element.requiredAttribute("CLASSNAME");
        List<CIMProperty<?>> keys = new ArrayList<>();
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "KEYBINDING" -> keys.add(keyBinding(child));
                case "KEYVALUE" -> keys.add(key("", keyValue(child)));
                case "VALUE.REFERENCE" -> keys.add(key("", valueReference(child)));
                default -> throw invalid("INSTANCENAME cannot hold " + child.name());
            }
        }
        return new CIMObjectPath(null, null, null, namespace, className, keys.toArray(new CIMProperty<?>[0]));
    }

    private CIMProperty<?> keyBinding(XmlElement element) throws CimXmlProtocolException, CimException {
        String name = element.requiredAttribute("NAME");
        XmlElement value = onlyChild(element);
        return switch (value.name()) {
            case "KEYVALUE" -> key(name, keyValue(value));
            case "VALUE.REFERENCE" -> key(name, valueReference(value));
            default -> throw invalid("KEYBINDING cannot hold " + value.name());
        };
    }

    private static CIMProperty<?> key(String name, Object value) {
        CIMDataType type = value instanceof CIMObjectPath path ? new CIMDataType(path.getObjectName()) : CIMDataType.getDataType(value);
        return new CIMProperty<>(name, type, value, true, false, null);
    }

    /** KEYVALUE → String, Boolean or a number (its TYPE when sent; else uint64/sint64/real64 by its form). */
    public Object keyValue(XmlElement element) throws CimXmlProtocolException, CimException {
        String valueType = element.attribute("VALUETYPE");
        String text = element.text();
        String type = element.attribute("TYPE");
        if (type != null) {
            return parse(typeCode(type), text, "KEYVALUE");
        }
        if (valueType == null || valueType.equals("string")) {
            return text;
        }
        if (valueType.equals("boolean")) {
            return parse(CIMDataType.BOOLEAN, text, "KEYVALUE");
        }
        if (valueType.equals("numeric")) {
            String trimmed = text.trim();
            boolean integer = trimmed.matches("[+-]?(0[xX][0-9a-fA-F]+|[0-9]+)");
            int code = integer ? (trimmed.startsWith("-") ? CIMDataType.SINT64 : CIMDataType.UINT64) : CIMDataType.REAL64;
            return parse(code, trimmed, "KEYVALUE");
        }
        throw invalid("KEYVALUE has VALUETYPE '" + valueType + "' (string, boolean or numeric)");
    }

    /** VALUE.REFERENCE → the path it holds (a class path for CLASSPATH, LOCALCLASSPATH and CLASSNAME). */
    public CIMObjectPath valueReference(XmlElement element) throws CimXmlProtocolException, CimException {
        expect(element, "VALUE.REFERENCE");
        XmlElement path = onlyChild(element);
        return switch (path.name()) {
            case "INSTANCEPATH" -> instancePath(path);
            case "LOCALINSTANCEPATH" -> localInstancePath(path);
            case "INSTANCENAME" -> instanceName(path, null);
            case "CLASSPATH" -> classPath(path);
            case "LOCALCLASSPATH" -> localClassPath(path);
            case "CLASSNAME" -> new CIMObjectPath(null, null, null, null, className(path), null);
            default -> throw invalid("VALUE.REFERENCE cannot hold " + path.name());
        };
    }

    /** INSTANCEPATH → a path with host and namespace. */
    public CIMObjectPath instancePath(XmlElement element) throws CimXmlProtocolException, CimException {
        XmlElement namespacePath = element.requiredChild("NAMESPACEPATH");
        CIMObjectPath local = instanceName(element.requiredChild("INSTANCENAME"), localNamespacePath(
            namespacePath.requiredChild("LOCALNAMESPACEPATH")));
        return new CIMObjectPath(null, host(namespacePath), null, local.getNamespace(), local.getObjectName(), local.getKeys());
    }

    /** LOCALINSTANCEPATH → a path with namespace. */
    public CIMObjectPath localInstancePath(XmlElement element) throws CimXmlProtocolException, CimException {
        return instanceName(element.requiredChild("INSTANCENAME"), localNamespacePath(element.requiredChild("LOCALNAMESPACEPATH")));
    }

    /** CLASSPATH → a class path with host and namespace. */
    public CIMObjectPath classPath(XmlElement element) throws CimXmlProtocolException {
        XmlElement namespacePath = element.requiredChild("NAMESPACEPATH");
        String namespace = localNamespacePath(namespacePath.requiredChild("LOCALNAMESPACEPATH"));
        return new CIMObjectPath(null, host(namespacePath), null, namespace, className(element.requiredChild("CLASSNAME")), null);
    }

    /** LOCALCLASSPATH → a class path with namespace. */
    public CIMObjectPath localClassPath(XmlElement element) throws CimXmlProtocolException {
        String namespace = localNamespacePath(element.requiredChild("LOCALNAMESPACEPATH"));
        return new CIMObjectPath(null, null, null, namespace, className(element.requiredChild("CLASSNAME")), null);
    }

    private static String host(XmlElement namespacePath) throws CimXmlProtocolException {
        return namespacePath.requiredChild("HOST").text().trim();
    }

    /** VALUE.ARRAY → the texts of its VALUE elements; VALUE.NULL → a null element. */
    public List<String> valueArray(XmlElement element) throws CimXmlProtocolException {
        expect(element, "VALUE.ARRAY");
        List<String> values = new ArrayList<>(element.children().size());
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "VALUE" -> values.add(child.text());
                case "VALUE.NULL" -> values.add(null);
                default -> throw invalid("VALUE.ARRAY cannot hold " + child.name());
            }
        }
        return values;
    }

    /** VALUE.REFARRAY → its paths; VALUE.NULL → a null element. */
    public CIMObjectPath[] valueRefArray(XmlElement element) throws CimXmlProtocolException, CimException {
        List<CIMObjectPath> paths = new ArrayList<>();
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "VALUE.REFERENCE" -> paths.add(valueReference(child));
                case "VALUE.NULL" -> paths.add(null);
                default -> throw invalid("VALUE.REFARRAY cannot hold " + child.name());
            }
        }
        return paths.toArray(new CIMObjectPath[0]);
    }

    /** VALUE.NAMEDINSTANCE → the instance, with the path of its INSTANCENAME in {@code namespace}. */
    public CIMInstance valueNamedInstance(XmlElement element, String namespace) throws CimXmlProtocolException, CimException {
        CIMObjectPath path = instanceName(element.requiredChild("INSTANCENAME"), namespace);
        CIMInstance instance = instance(element.requiredChild("INSTANCE"), namespace);
        return new CIMInstance(path, instance.getProperties());
    }

    /** INSTANCE → an instance whose path holds its class, namespace and the properties qualified Key. */
    public CIMInstance instance(XmlElement element, String namespace) throws CimXmlProtocolException, CimException {
        expect(element, "INSTANCE");
        String className = element.requiredAttribute("CLASSNAME");
        List<CIMProperty<?>> properties = new ArrayList<>();
        List<CIMProperty<?>> keys = new ArrayList<>();
        for (XmlElement child : element.children()) {
            CIMProperty<?> property = switch (child.name()) {
                case "QUALIFIER" -> null;
                case "PROPERTY", "PROPERTY.ARRAY", "PROPERTY.REFERENCE" -> property(child);
                default -> throw invalid("INSTANCE cannot hold " + child.name());
            };
            if (property != null) {
                properties.add(property);
                if (property.isKey()) {
                    keys.add(property);
                }
            }
        }
        CIMObjectPath path = new CIMObjectPath(null, null, null, namespace, className, keys.toArray(new CIMProperty<?>[0]));
        return new CIMInstance(path, properties.toArray(new CIMProperty<?>[0]));
    }

    /** PROPERTY, PROPERTY.ARRAY or PROPERTY.REFERENCE (of an instance) → a property. */
    public CIMProperty<?> property(XmlElement element) throws CimXmlProtocolException, CimException {
        TypedValue typed = propertyValue(element);
        boolean key = false;
        for (XmlElement child : element.children()) {
            if (child.name().equals("QUALIFIER") && child.requiredAttribute("NAME").equalsIgnoreCase("Key")) {
                key = Boolean.TRUE.equals(qualifier(child).getValue());
            }
        }
        return new CIMProperty<>(element.requiredAttribute("NAME"), typed.type(), typed.value(), key,
            "true".equalsIgnoreCase(element.attribute("PROPAGATED")), element.attribute("CLASSORIGIN"));
    }

    private TypedValue propertyValue(XmlElement element) throws CimXmlProtocolException, CimException {
        String name = element.requiredAttribute("NAME");
        switch (element.name()) {
            case "PROPERTY" -> {
                int code = typeCode(element.requiredAttribute("TYPE"));
                XmlElement value = element.child("VALUE");
                return new TypedValue(CimTypes.dataType(code, false), value == null ? null : parse(code, value.text(), name));
            }
            case "PROPERTY.ARRAY" -> {
                int code = typeCode(element.requiredAttribute("TYPE"));
                XmlElement value = element.child("VALUE.ARRAY");
                return new TypedValue(CimTypes.dataType(code, true), value == null ? null : parseArray(code, valueArray(value), name));
            }
            case "PROPERTY.REFERENCE" -> {
                XmlElement value = element.child("VALUE.REFERENCE");
                CIMObjectPath path = value == null ? null : valueReference(value);
                String referenceClass = element.attribute("REFERENCECLASS");
                if (referenceClass == null) {
                    referenceClass = path == null ? "" : path.getObjectName();
                }
                return new TypedValue(new CIMDataType(referenceClass), path);
            }
            default -> throw invalid(element.name() + " is not a property element");
        }
    }

    /** QUALIFIER → a qualifier with its flavor. */
    public CIMQualifier<?> qualifier(XmlElement element) throws CimXmlProtocolException, CimException {
        expect(element, "QUALIFIER");
        String name = element.requiredAttribute("NAME");
        TypedValue typed = qualifierValue(element, name);
        return new CIMQualifier<>(name, typed.type(), typed.value(), flavor(element),
            "true".equalsIgnoreCase(element.attribute("PROPAGATED")));
    }

    /** QUALIFIER.DECLARATION → a qualifier type with scope and flavor. */
    public CIMQualifierType<?> qualifierDeclaration(XmlElement element, String namespace) throws CimXmlProtocolException, CimException {
        expect(element, "QUALIFIER.DECLARATION");
        String name = element.requiredAttribute("NAME");
        int code = typeCode(element.requiredAttribute("TYPE"));
        boolean array = "true".equalsIgnoreCase(element.attribute("ISARRAY"));
        Object value = null;
        XmlElement scalar = element.child("VALUE");
        XmlElement values = element.child("VALUE.ARRAY");
        if (scalar != null) {
            value = parse(code, scalar.text(), name);
        } else if (values != null) {
            array = true;
            value = parseArray(code, valueArray(values), name);
        }
        CIMObjectPath path = new CIMObjectPath(null, null, null, namespace, name, null);
        return new CIMQualifierType<>(path, CimTypes.dataType(code, array), value, scope(element.child("SCOPE")), flavor(element));
    }

    /** CLASS → a class with its qualifiers, properties and methods. */
    public CIMClass cimClass(XmlElement element, String namespace) throws CimXmlProtocolException, CimException {
        expect(element, "CLASS");
        String name = element.requiredAttribute("NAME");
        List<CIMQualifier<?>> qualifiers = new ArrayList<>();
        List<CIMClassProperty<?>> properties = new ArrayList<>();
        List<CIMMethod<?>> methods = new ArrayList<>();
        boolean keyed = false;
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "QUALIFIER" -> qualifiers.add(qualifier(child));
                case "PROPERTY", "PROPERTY.ARRAY", "PROPERTY.REFERENCE" -> {
                    CIMClassProperty<?> property = classProperty(child);
                    keyed |= property.isKey();
                    properties.add(property);
                }
                case "METHOD" -> methods.add(method(child));
                default -> throw invalid("CLASS cannot hold " + child.name());
            }
        }
        boolean association = qualifiers.stream()
            .anyMatch(q -> q.getName().equalsIgnoreCase("Association") && Boolean.TRUE.equals(q.getValue()));
        return new CIMClass(new CIMObjectPath(null, null, null, namespace, name, null), element.attribute("SUPERCLASS"),
            qualifiers.toArray(new CIMQualifier<?>[0]), properties.toArray(new CIMClassProperty<?>[0]),
            methods.toArray(new CIMMethod<?>[0]), association, keyed);
    }

    private CIMClassProperty<?> classProperty(XmlElement element) throws CimXmlProtocolException, CimException {
        TypedValue typed = propertyValue(element);
        CIMQualifier<?>[] qualifiers = qualifiers(element);
        boolean key = false;
        for (CIMQualifier<?> qualifier : qualifiers) {
            key |= qualifier.getName().equalsIgnoreCase("Key") && Boolean.TRUE.equals(qualifier.getValue());
        }
        return new CIMClassProperty<>(element.requiredAttribute("NAME"), typed.type(), typed.value(), qualifiers, key,
            "true".equalsIgnoreCase(element.attribute("PROPAGATED")), element.attribute("CLASSORIGIN"));
    }

    private CIMMethod<?> method(XmlElement element) throws CimXmlProtocolException, CimException {
        List<CIMParameter<?>> parameters = new ArrayList<>();
        for (XmlElement child : element.children()) {
            if (!child.name().equals("QUALIFIER")) {
                parameters.add(parameter(child));
            }
        }
        String type = element.attribute("TYPE");
        CIMDataType returnType = type == null ? CIMDataType.INVALID_T : CimTypes.dataType(typeCode(type), false);
        return new CIMMethod<>(element.requiredAttribute("NAME"), returnType, qualifiers(element),
            parameters.toArray(new CIMParameter<?>[0]), "true".equalsIgnoreCase(element.attribute("PROPAGATED")),
            element.attribute("CLASSORIGIN"));
    }

    private CIMParameter<?> parameter(XmlElement element) throws CimXmlProtocolException, CimException {
        String name = element.requiredAttribute("NAME");
        CIMDataType type = switch (element.name()) {
            case "PARAMETER" -> CimTypes.dataType(typeCode(element.requiredAttribute("TYPE")), false);
            case "PARAMETER.ARRAY" -> CimTypes.dataType(typeCode(element.requiredAttribute("TYPE")), true);
            case "PARAMETER.REFERENCE" -> new CIMDataType(nonNull(element.attribute("REFERENCECLASS")));
            case "PARAMETER.REFARRAY" -> new CIMDataType(nonNull(element.attribute("REFERENCECLASS")), 0);
            default -> throw invalid("METHOD cannot hold " + element.name());
        };
        return new CIMParameter<>(name, type, qualifiers(element));
    }

    private CIMQualifier<?>[] qualifiers(XmlElement element) throws CimXmlProtocolException, CimException {
        List<CIMQualifier<?>> qualifiers = new ArrayList<>();
        for (XmlElement child : element.children()) {
            if (child.name().equals("QUALIFIER")) {
                qualifiers.add(qualifier(child));
            }
        }
        return qualifiers.toArray(new CIMQualifier<?>[0]);
    }

    private TypedValue qualifierValue(XmlElement element, String name) throws CimXmlProtocolException, CimException {
        int code = typeCode(element.requiredAttribute("TYPE"));
        XmlElement scalar = element.child("VALUE");
        XmlElement values = element.child("VALUE.ARRAY");
        if (values != null) {
            return new TypedValue(CimTypes.dataType(code, true), parseArray(code, valueArray(values), name));
        }
        return new TypedValue(CimTypes.dataType(code, false), scalar == null ? null : parse(code, scalar.text(), name));
    }

    private static int flavor(XmlElement element) {
        int flavor = 0;
        if ("false".equalsIgnoreCase(element.attribute("OVERRIDABLE"))) {
            flavor |= CIMFlavor.DISABLEOVERRIDE;
        }
        if ("false".equalsIgnoreCase(element.attribute("TOSUBCLASS"))) {
            flavor |= CIMFlavor.RESTRICTED;
        }
        if ("true".equalsIgnoreCase(element.attribute("TRANSLATABLE"))) {
            flavor |= CIMFlavor.TRANSLATE;
        }
        return flavor;
    }

    private static int scope(XmlElement element) {
        if (element == null) {
            return 0;
        }
        int scope = 0;
        String[] names = {"CLASS", "ASSOCIATION", "INDICATION", "PROPERTY", "REFERENCE", "METHOD", "PARAMETER"};
        int[] bits = {CIMScope.CLASS, CIMScope.ASSOCIATION, CIMScope.INDICATION, CIMScope.PROPERTY, CIMScope.REFERENCE,
            CIMScope.METHOD, CIMScope.PARAMETER};
        for (int i = 0; i < names.length; i++) {
            if ("true".equalsIgnoreCase(element.attribute(names[i]))) {
                scope |= bits[i];
            }
        }
        return scope;
    }

    /** The type code of a TYPE or PARAMTYPE attribute; an unknown name makes the request not valid. */
    static int typeCode(String name) throws CimXmlProtocolException {
        int code = CimTypes.typeCode(name);
        if (code < 0) {
            throw invalid("'" + CimTypes.shorten(name) + "' is not a CIM data type");
        }
        return code;
    }

    static Object parse(int code, String text, String what) throws CimException {
        try {
            return CimTypes.parse(code, text);
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, what + ": " + e.getMessage());
        }
    }

    static Object parseArray(int code, List<String> texts, String what) throws CimException {
        try {
            return CimTypes.parseArray(code, texts);
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, what + ": " + e.getMessage());
        }
    }

    static XmlElement onlyChild(XmlElement element) throws CimXmlProtocolException {
        if (element.children().size() != 1) {
            throw invalid(element.name() + " must hold exactly one element, not " + element.children().size());
        }
        return element.children().get(0);
    }

    static void expect(XmlElement element, String name) throws CimXmlProtocolException {
        if (!element.name().equals(name)) {
            throw invalid("expected " + name + " but found " + element.name());
        }
    }

    static CimXmlProtocolException invalid(String message) {
        return new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, message);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** A decoded value with its type. */
    record TypedValue(CIMDataType type, Object value) {
    }
}

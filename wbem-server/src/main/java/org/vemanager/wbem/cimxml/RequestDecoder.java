package org.vemanager.wbem.cimxml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.operation.UntypedValue;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * A request document (CIM/MESSAGE/SIMPLEREQ) → {@link CimRequest}, in two steps: {@link #call}
 * checks the envelope and names the operation (so a later failure can still be answered as that
 * operation's ERROR), {@link #decode} decodes its parameters as documented on CimRequest.
 */
public final class RequestDecoder {

    private static final Set<String> BOOLEAN_PARAMETERS = Set.of("LocalOnly", "DeepInheritance", "IncludeQualifiers",
        "IncludeClassOrigin", "ContinueOnError", "ReturnQueryResultClass", "EndOfSequence");
    private static final Set<String> UINT32_PARAMETERS = Set.of("OperationTimeout", "MaxObjectCount");
    private static final Set<String> STRING_PARAMETERS = Set.of("Role", "ResultRole", "QueryLanguage", "Query",
        "PropertyName", "QualifierName", "FilterQueryLanguage", "FilterQuery", "EnumerationContext", "ClassName",
        "AssocClass", "ResultClass");

    private final ObjectDecoder objects = new ObjectDecoder();

    /**
     * The envelope of one request.
     *
     * @param messageId MESSAGE/@ID, echoed in the response
     * @param name the operation (IMETHODCALL) or method (METHODCALL) name
     * @param intrinsic true for IMETHODCALL
     * @param element the IMETHODCALL or METHODCALL element
     */
    public record Call(String messageId, String name, boolean intrinsic, XmlElement element) {
    }

    /** Checks CIM, MESSAGE and SIMPLEREQ and finds the call. */
    public Call call(XmlElement root) throws CimXmlProtocolException {
        ObjectDecoder.expect(root, "CIM");
        String cimVersion = root.requiredAttribute("CIMVERSION");
        if (!cimVersion.startsWith("2.")) {
            throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_CIM_VERSION,
                "CIMVERSION " + cimVersion + " is not supported (2.x is)");
        }
        String dtdVersion = root.requiredAttribute("DTDVERSION");
        if (!dtdVersion.startsWith("2.")) {
            throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_DTD_VERSION,
                "DTDVERSION " + dtdVersion + " is not supported (2.x is)");
        }
        XmlElement message = ObjectDecoder.onlyChild(root);
        if (!message.name().equals("MESSAGE")) {
            throw ObjectDecoder.invalid("a request's CIM element must hold a MESSAGE, not " + message.name());
        }
        String messageId = message.requiredAttribute("ID");
        String protocolVersion = message.requiredAttribute("PROTOCOLVERSION");
        if (!protocolVersion.startsWith("1.")) {
            throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_PROTOCOL_VERSION,
                "PROTOCOLVERSION " + protocolVersion + " is not supported (1.x is)");
        }
        XmlElement request = ObjectDecoder.onlyChild(message);
        switch (request.name()) {
            case "SIMPLEREQ" -> {
                // the request itself follows
            }
            case "MULTIREQ" -> throw new CimXmlProtocolException(ProtocolError.MULTIPLE_REQUESTS_UNSUPPORTED,
                "this server answers one operation per request");
            case "SIMPLEEXPREQ", "MULTIEXPREQ" -> throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_OPERATION,
                "this is a CIM server, not an indication listener");
            default -> throw ObjectDecoder.invalid("MESSAGE cannot hold " + request.name() + " in a request");
        }
        XmlElement call = null;
        for (XmlElement child : request.children()) {
            if (!child.name().equals("CORRELATOR")) {
                if (call != null) {
                    throw ObjectDecoder.invalid("SIMPLEREQ holds more than one call");
                }
                call = child;
            }
        }
        if (call == null || !(call.name().equals("IMETHODCALL") || call.name().equals("METHODCALL"))) {
            throw ObjectDecoder.invalid("SIMPLEREQ must hold an IMETHODCALL or a METHODCALL");
        }
        return new Call(messageId, call.requiredAttribute("NAME"), call.name().equals("IMETHODCALL"), call);
    }

    /** Decodes the call's target and parameters. */
    public CimRequest decode(Call call, String user, Role role) throws CimXmlProtocolException, CimException {
        return call.intrinsic() ? iMethodCall(call, user, role) : methodCall(call, user, role);
    }

    private CimRequest iMethodCall(Call call, String user, Role role) throws CimXmlProtocolException, CimException {
        XmlElement element = call.element();
        String namespace = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "LOCALNAMESPACEPATH" -> namespace = objects.localNamespacePath(child);
                case "IPARAMVALUE" -> {
                    String name = child.requiredAttribute("NAME");
                    if (parameters.containsKey(name)) {
                        throw ObjectDecoder.invalid("IPARAMVALUE " + name + " is given twice");
                    }
                    parameters.put(name, iParamValue(child, name, namespace));
                }
                case "RESPONSEDESTINATION" -> throw new CimException(CimStatus.NOT_SUPPORTED,
                    "asynchronous responses (RESPONSEDESTINATION) are not supported");
                default -> throw ObjectDecoder.invalid("IMETHODCALL cannot hold " + child.name());
            }
        }
        if (namespace == null) {
            throw ObjectDecoder.invalid("IMETHODCALL lacks its LOCALNAMESPACEPATH");
        }
        return new CimRequest(call.name(), true, namespace, null, parameters, List.of(), user, role);
    }

    /** One IPARAMVALUE, typed by its name as CimRequest documents. */
    private Object iParamValue(XmlElement element, String name, String namespace) throws CimXmlProtocolException, CimException {
        if (namespace == null) {
            throw ObjectDecoder.invalid("LOCALNAMESPACEPATH must come before the IPARAMVALUEs");
        }
        if (element.children().isEmpty()) {
            return null;
        }
        XmlElement value = ObjectDecoder.onlyChild(element);
        return switch (value.name()) {
            case "VALUE" -> scalarParameter(name, value.text());
            case "VALUE.ARRAY" -> name.equals("PropertyList")
                ? objects.valueArray(value).stream().filter(s -> s != null).map(String::trim).toArray(String[]::new)
                : UntypedValue.array(objects.valueArray(value));
            case "VALUE.REFERENCE" -> objects.valueReference(value);
            case "CLASSNAME" -> name.equals("ObjectName")
                ? new CIMObjectPath(null, null, null, namespace, objects.className(value), null)
                : objects.className(value);
            case "INSTANCENAME" -> objects.instanceName(value, namespace);
            case "INSTANCE" -> objects.instance(value, namespace);
            case "VALUE.NAMEDINSTANCE" -> objects.valueNamedInstance(value, namespace);
            case "CLASS" -> objects.cimClass(value, namespace);
            case "QUALIFIER.DECLARATION" -> objects.qualifierDeclaration(value, namespace);
            default -> throw ObjectDecoder.invalid("IPARAMVALUE cannot hold " + value.name());
        };
    }

    private static Object scalarParameter(String name, String text) throws CimException {
        if (BOOLEAN_PARAMETERS.contains(name)) {
            return ObjectDecoder.parse(CIMDataType.BOOLEAN, text, name);
        }
        if (UINT32_PARAMETERS.contains(name)) {
            return (UnsignedInteger32) ObjectDecoder.parse(CIMDataType.UINT32, text, name);
        }
        if (STRING_PARAMETERS.contains(name)) {
            return text;
        }
        return UntypedValue.scalar(text);
    }

    private CimRequest methodCall(Call call, String user, Role role) throws CimXmlProtocolException, CimException {
        XmlElement element = call.element();
        CIMObjectPath target = null;
        List<CIMArgument<?>> arguments = new ArrayList<>();
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "LOCALINSTANCEPATH" -> target = objects.localInstancePath(child);
                case "LOCALCLASSPATH" -> target = objects.localClassPath(child);
                case "PARAMVALUE" -> arguments.add(paramValue(child));
                case "RESPONSEDESTINATION" -> throw new CimException(CimStatus.NOT_SUPPORTED,
                    "asynchronous responses (RESPONSEDESTINATION) are not supported");
                default -> throw ObjectDecoder.invalid("METHODCALL cannot hold " + child.name());
            }
        }
        if (target == null) {
            throw ObjectDecoder.invalid("METHODCALL lacks its LOCALINSTANCEPATH or LOCALCLASSPATH");
        }
        return new CimRequest(call.name(), false, target.getNamespace(), target, Map.of(), List.copyOf(arguments), user, role);
    }

    /** One PARAMVALUE: typed by PARAMTYPE when sent; embedded objects stay strings; else an UntypedValue. */
    private CIMArgument<?> paramValue(XmlElement element) throws CimXmlProtocolException, CimException {
        String name = element.requiredAttribute("NAME");
        String paramType = element.attribute("PARAMTYPE");
        boolean embedded = element.attribute("EmbeddedObject") != null || element.attribute("EMBEDDEDOBJECT") != null;
        int code = paramType == null || embedded ? -1 : ObjectDecoder.typeCode(paramType);
        if (element.children().isEmpty()) {
            CIMDataType type = code < 0 || code == CIMDataType.REFERENCE ? CIMDataType.STRING_T : CimTypes.dataType(code, false);
            return new CIMArgument<>(name, type, null);
        }
        XmlElement value = ObjectDecoder.onlyChild(element);
        switch (value.name()) {
            case "VALUE" -> {
                XmlElement unescaped = unescapedInstance(value);
                if (unescaped != null) {
                    return new CIMArgument<>(name, CIMDataType.OBJECT_T, objects.instance(unescaped, null));
                }
                if (embedded) {
                    return new CIMArgument<>(name, CIMDataType.STRING_T, value.text());
                }
                return code < 0 ? new CIMArgument<>(name, CIMDataType.STRING_T, UntypedValue.scalar(value.text()))
                    : new CIMArgument<>(name, CimTypes.dataType(code, false), ObjectDecoder.parse(code, value.text(), name));
            }
            case "VALUE.ARRAY" -> {
                CIMInstance[] instances = unescapedInstances(value);
                if (instances != null) {
                    return new CIMArgument<>(name, CIMDataType.OBJECT_ARRAY_T, instances);
                }
                List<String> texts = objects.valueArray(value);
                if (embedded) {
                    return new CIMArgument<>(name, CIMDataType.STRING_ARRAY_T, texts.toArray(new String[0]));
                }
                return code < 0 ? new CIMArgument<>(name, CIMDataType.STRING_ARRAY_T, UntypedValue.array(texts))
                    : new CIMArgument<>(name, CimTypes.dataType(code, true), ObjectDecoder.parseArray(code, texts, name));
            }
            case "VALUE.REFERENCE" -> {
                CIMObjectPath path = objects.valueReference(value);
                return new CIMArgument<>(name, new CIMDataType(path.getObjectName()), path);
            }
            case "VALUE.REFARRAY" -> {
                CIMObjectPath[] paths = objects.valueRefArray(value);
                String referenceClass = paths.length > 0 && paths[0] != null ? paths[0].getObjectName() : "";
                return new CIMArgument<>(name, new CIMDataType(referenceClass, 0), paths);
            }
            case "INSTANCE" -> {
                return new CIMArgument<>(name, CIMDataType.OBJECT_T, objects.instance(value, null));
            }
            case "CLASSNAME", "INSTANCENAME" -> {
                CIMObjectPath path = value.name().equals("CLASSNAME")
                    ? new CIMObjectPath(null, null, null, null, objects.className(value), null) : objects.instanceName(value, null);
                return new CIMArgument<>(name, new CIMDataType(path.getObjectName()), path);
            }
            default -> throw ObjectDecoder.invalid("PARAMVALUE cannot hold " + value.name());
        }
    }

    /**
     * The INSTANCE a VALUE holds as markup rather than as text. wbemcli writes a parameter value
     * into VALUE without escaping it, so an embedded instance typed as CIM-XML on its command line
     * arrives as child elements; read it as the DSP0201 2.2+ PARAMVALUE/INSTANCE form.
     */
    private static XmlElement unescapedInstance(XmlElement value) {
        XmlElement instance = value.child("INSTANCE");
        return instance != null && value.children().size() == 1 && value.text().isBlank() ? instance : null;
    }

    /** The instances of a VALUE.ARRAY whose VALUEs each hold an unescaped INSTANCE; null when none does. */
    private CIMInstance[] unescapedInstances(XmlElement array) throws CimXmlProtocolException, CimException {
        List<XmlElement> values = array.children();
        if (values.stream().noneMatch(v -> unescapedInstance(v) != null)) {
            return null;
        }
        CIMInstance[] instances = new CIMInstance[values.size()];
        for (int i = 0; i < instances.length; i++) {
            XmlElement instance = unescapedInstance(values.get(i));
            if (instance == null) {
                throw ObjectDecoder.invalid("VALUE.ARRAY mixes embedded INSTANCE markup with other values");
            }
            instances[i] = objects.instance(instance, null);
        }
        return instances;
    }
}

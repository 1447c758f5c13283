package org.vemanager.wbem.indication;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;

/**
 * Writes the CIM-XML (DSP0201) of one ExportIndication request. The only place that knows the wire
 * format of delivered indications: the server may switch this class to its own codec later.
 *
 * <p>{@code CIM/MESSAGE/SIMPLEEXPREQ/EXPMETHODCALL NAME="ExportIndication"/EXPPARAMVALUE
 * NAME="NewIndication"/INSTANCE}. Embedded instances (OBJECT-typed properties, e.g. SourceInstance
 * and PreviousInstance) are written as string properties with {@code EmbeddedObject="instance"}
 * whose VALUE is the escaped INSTANCE element.
 */
final class ExportMessageWriter {

    private ExportMessageWriter() {
    }

    static String exportIndication(long messageId, CIMInstance indication) {
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"").append(messageId)
                .append("\" PROTOCOLVERSION=\"1.0\"><SIMPLEEXPREQ><EXPMETHODCALL NAME=\"ExportIndication\">")
                .append("<EXPPARAMVALUE NAME=\"NewIndication\">");
        instance(xml, indication);
        xml.append("</EXPPARAMVALUE></EXPMETHODCALL></SIMPLEEXPREQ></MESSAGE></CIM>");
        return xml.toString();
    }

    /** The INSTANCE element of {@code instance} (no path: indications and embedded instances have none). */
    static void instance(StringBuilder xml, CIMInstance instance) {
        xml.append("<INSTANCE CLASSNAME=\"").append(escape(instance.getClassName())).append("\">");
        for (CIMProperty<?> property : instance.getProperties()) {
            property(xml, property);
        }
        xml.append("</INSTANCE>");
    }

    private static void property(StringBuilder xml, CIMProperty<?> property) {
        CIMDataType type = property.getDataType();
        Object value = property.getValue();
        String name = escape(property.getName());
        if (type.getType() == CIMDataType.REFERENCE) {
            xml.append("<PROPERTY.REFERENCE NAME=\"").append(name).append('"');
            if (type.getRefClassName() != null && !type.getRefClassName().isEmpty()) {
                xml.append(" REFERENCECLASS=\"").append(escape(type.getRefClassName())).append('"');
            }
            xml.append('>');
            if (value instanceof CIMObjectPath path) {
                reference(xml, path);
            }
            xml.append("</PROPERTY.REFERENCE>");
            return;
        }
        boolean embedded = type.getType() == CIMDataType.OBJECT;
        String typeName = embedded ? "string" : typeName(type.getType());
        String tag = type.isArray() ? "PROPERTY.ARRAY" : "PROPERTY";
        xml.append('<').append(tag).append(" NAME=\"").append(name).append("\" TYPE=\"").append(typeName).append('"');
        if (embedded) {
            xml.append(" EmbeddedObject=\"instance\"");
        }
        xml.append('>');
        if (value != null && type.isArray()) {
            xml.append("<VALUE.ARRAY>");
            for (Object element : (Object[]) value) {
                if (element == null) {
                    xml.append("<VALUE.NULL/>");
                } else {
                    value(xml, element);
                }
            }
            xml.append("</VALUE.ARRAY>");
        } else if (value != null) {
            value(xml, value);
        }
        xml.append("</").append(tag).append('>');
    }

    private static void value(StringBuilder xml, Object value) {
        xml.append("<VALUE>").append(escape(text(value))).append("</VALUE>");
    }

    private static String text(Object value) {
        if (value instanceof CIMInstance embedded) {
            StringBuilder inner = new StringBuilder();
            instance(inner, embedded);
            return inner.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof CIMDateTime dateTime) {
            return dateTime.getDateTimeString();
        }
        return value.toString();
    }

    private static void reference(StringBuilder xml, CIMObjectPath path) {
        xml.append("<VALUE.REFERENCE>");
        String namespace = path.getNamespace();
        boolean hasNamespace = namespace != null && !namespace.isEmpty();
        boolean hasHost = path.getHost() != null && !path.getHost().isEmpty();
        if (hasNamespace && hasHost) {
            xml.append("<INSTANCEPATH><NAMESPACEPATH><HOST>").append(escape(path.getHost())).append("</HOST>");
            localNamespace(xml, namespace);
            xml.append("</NAMESPACEPATH>");
            instanceName(xml, path);
            xml.append("</INSTANCEPATH>");
        } else if (hasNamespace) {
            xml.append("<LOCALINSTANCEPATH>");
            localNamespace(xml, namespace);
            instanceName(xml, path);
            xml.append("</LOCALINSTANCEPATH>");
        } else {
            instanceName(xml, path);
        }
        xml.append("</VALUE.REFERENCE>");
    }

    private static void localNamespace(StringBuilder xml, String namespace) {
        xml.append("<LOCALNAMESPACEPATH>");
        for (String part : namespace.split("/")) {
            if (!part.isEmpty()) {
                xml.append("<NAMESPACE NAME=\"").append(escape(part)).append("\"/>");
            }
        }
        xml.append("</LOCALNAMESPACEPATH>");
    }

    private static void instanceName(StringBuilder xml, CIMObjectPath path) {
        xml.append("<INSTANCENAME CLASSNAME=\"").append(escape(path.getObjectName())).append("\">");
        for (CIMProperty<?> key : path.getKeys()) {
            xml.append("<KEYBINDING NAME=\"").append(escape(key.getName())).append("\">");
            Object value = key.getValue();
            if (value instanceof CIMObjectPath ref) {
                reference(xml, ref);
            } else {
                int type = key.getDataType() == null ? CIMDataType.STRING : key.getDataType().getType();
                String valueType = type == CIMDataType.BOOLEAN ? "boolean"
                        : type == CIMDataType.STRING || type == CIMDataType.CHAR16 || type == CIMDataType.DATETIME ? "string"
                        : "numeric";
                xml.append("<KEYVALUE VALUETYPE=\"").append(valueType).append("\" TYPE=\"").append(typeName(type)).append("\">")
                        .append(value == null ? "" : escape(text(value))).append("</KEYVALUE>");
            }
            xml.append("</KEYBINDING>");
        }
        xml.append("</INSTANCENAME>");
    }

    private static String typeName(int type) {
        return switch (type) {
            case CIMDataType.BOOLEAN -> "boolean";
            case CIMDataType.CHAR16 -> "char16";
            case CIMDataType.DATETIME -> "datetime";
            case CIMDataType.REAL32 -> "real32";
            case CIMDataType.REAL64 -> "real64";
            case CIMDataType.SINT8 -> "sint8";
            case CIMDataType.SINT16 -> "sint16";
            case CIMDataType.SINT32 -> "sint32";
            case CIMDataType.SINT64 -> "sint64";
            case CIMDataType.UINT8 -> "uint8";
            case CIMDataType.UINT16 -> "uint16";
            case CIMDataType.UINT32 -> "uint32";
            case CIMDataType.UINT64 -> "uint64";
            default -> "string";
        };
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
                    out.append(allowed && c != 0xFFFE && c != 0xFFFF ? c : '\uFFFD');
                }
            }
        }
        return out.toString();
    }
}

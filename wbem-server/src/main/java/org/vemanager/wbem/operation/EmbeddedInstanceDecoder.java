package org.vemanager.wbem.operation;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.mof.MofError;
import org.vemanager.mof.parser.ClassDeclaration;
import org.vemanager.mof.parser.InstanceDeclaration;
import org.vemanager.mof.parser.MofParser;
import org.vemanager.mof.parser.MofSink;
import org.vemanager.mof.parser.MofValue;
import org.vemanager.mof.parser.Pragma;
import org.vemanager.mof.parser.PropertyValue;
import org.vemanager.mof.parser.QualifierTypeDeclaration;
import org.vemanager.mof.parser.SourceText;
import org.vemanager.wbem.repository.CimValues;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.repository.ClassRepository;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Decodes an embedded instance sent as a string parameter, in either form clients use: CIM-XML
 * ({@code <INSTANCE CLASSNAME="…">…</INSTANCE>}, DSP0201) or MOF ({@code instance of Class { Prop =
 * value; };}, DSP0221). Values get the types the namespace's class declares, whatever the text said.
 * The XML parser resolves no DTD and no entity, and input is bounded in size, depth and elements.
 * The MOF form is read with the MOF compiler's parser (the compiler itself cannot compile against
 * an existing repository's classes), typed here against the repository.
 */
final class EmbeddedInstanceDecoder {

    static final int MAX_LENGTH = 1 << 20;
    private static final int MAX_ELEMENTS = 20_000;
    private static final int MAX_DEPTH = 32;
    private static final XMLInputFactory XML = hardenedFactory();

    private final ClassRepository classes;

    EmbeddedInstanceDecoder(ClassRepository classes) {
        this.classes = classes;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The instance in {@code text}, typed against {@code ns}; INVALID_PARAMETER naming {@code parameter} when it is not one. */
    CIMInstance decode(String ns, String text, String parameter) throws CimException {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(parameter, "embedded instance is longer than " + MAX_LENGTH + " characters");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("<")) {
            return fromXml(ns, trimmed, parameter);
        }
        return fromMof(ns, trimmed, parameter);
    }

    /**
     * An instance that arrived already decoded (PARAMVALUE/INSTANCE, or markup inside VALUE),
     * checked and typed against {@code ns} the same way as the string forms.
     */
    CIMInstance typed(String ns, CIMInstance sent, String parameter) throws CimException {
        ClassInfo cls = embeddedClass(ns, sent.getClassName(), parameter);
        Map<String, Object> values = new LinkedHashMap<>();
        for (CIMProperty<?> p : sent.getProperties()) {
            CIMClassProperty<?> declared = declared(cls, p.getName(), parameter);
            try {
                values.put(declared.getName(), CimValues.coerce(declared.getDataType(), p.getValue()));
            } catch (IllegalArgumentException e) {
                throw invalid(parameter, "property " + declared.getName() + ": " + e.getMessage());
            }
        }
        return build(ns, cls, values);
    }

    // ---- MOF ----

    private CIMInstance fromMof(String ns, String text, String parameter) throws CimException {
        List<InstanceDeclaration> instances = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new MofParser(new SourceText(parameter, text), new MofSink() {
            @Override
            public void qualifierDeclaration(QualifierTypeDeclaration declaration) {
                errors.add("only 'instance of' is allowed in an embedded instance");
            }

            @Override
            public void classDeclaration(ClassDeclaration declaration) {
                errors.add("only 'instance of' is allowed in an embedded instance");
            }

            @Override
            public void instanceDeclaration(InstanceDeclaration declaration) {
                instances.add(declaration);
            }

            @Override
            public void pragma(Pragma pragma) {
                errors.add("no #pragma is allowed in an embedded instance");
            }

            @Override
            public void error(MofError error) {
                errors.add(error.toString());
            }
        }).mofSpecification();
        if (!errors.isEmpty()) {
            throw invalid(parameter, "is neither a CIM-XML INSTANCE nor a valid MOF instance: " + errors.get(0));
        }
        if (instances.size() != 1) {
            throw invalid(parameter, "must hold exactly one instance, found " + instances.size());
        }
        InstanceDeclaration declaration = instances.get(0);
        ClassInfo cls = embeddedClass(ns, declaration.className(), parameter);
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyValue pv : declaration.properties()) {
            CIMClassProperty<?> declared = declared(cls, pv.name(), parameter);
            values.put(declared.getName(), mofValue(declared, pv.value(), parameter));
        }
        return build(ns, cls, values);
    }

    private static Object mofValue(CIMClassProperty<?> declared, MofValue value, String parameter) throws CimException {
        CIMDataType type = declared.getDataType();
        try {
            if (value instanceof MofValue.Array array) {
                if (!type.isArray()) {
                    throw new IllegalArgumentException("expected a single value, got an array");
                }
                List<String> texts = new ArrayList<>();
                for (MofValue element : array.elements()) {
                    texts.add(scalarText(element));
                }
                return CimValues.fromTexts(type, texts);
            }
            String text = scalarText(value);
            if (type.isArray()) {
                return text == null ? null : CimValues.fromTexts(type, List.of(text));
            }
            return CimValues.fromText(type, text);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, "property " + declared.getName() + ": " + e.getMessage());
        }
    }

    private static String scalarText(MofValue value) {
        if (value instanceof MofValue.Scalar s) {
            return s.value() == null ? null : s.value().toString();
        }
        throw new IllegalArgumentException("instance aliases are not allowed in an embedded instance");
    }

    // ---- CIM-XML ----

    private CIMInstance fromXml(String ns, String text, String parameter) throws CimException {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(text));
            try {
                XmlCursor cursor = new XmlCursor(reader);
                while (cursor.next() != XMLStreamConstants.START_ELEMENT || !"INSTANCE".equals(reader.getLocalName())) {
                    if (reader.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                        throw invalid(parameter, "holds no INSTANCE element");
                    }
                }
                return xmlInstance(ns, cursor, parameter);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IllegalStateException e) {
            throw invalid(parameter, "is not well-formed CIM-XML: " + firstLine(e.getMessage()));
        }
    }

    private CIMInstance xmlInstance(String ns, XmlCursor cursor, String parameter) throws XMLStreamException, CimException {
        XMLStreamReader reader = cursor.reader;
        ClassInfo cls = embeddedClass(ns, reader.getAttributeValue(null, "CLASSNAME"), parameter);
        Map<String, Object> values = new LinkedHashMap<>();
        int depth = cursor.depth;
        while (cursor.next() != XMLStreamConstants.END_ELEMENT || cursor.depth >= depth) {
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = reader.getLocalName();
            if ("QUALIFIER".equals(element)) {
                cursor.skip();
                continue;
            }
            if (!element.startsWith("PROPERTY")) {
                throw invalid(parameter, "unexpected element " + element + " in INSTANCE");
            }
            CIMClassProperty<?> declared = declared(cls, reader.getAttributeValue(null, "NAME"), parameter);
            values.put(declared.getName(), xmlPropertyValue(cursor, declared, parameter));
        }
        return build(ns, cls, values);
    }

    /** Reads the VALUE, VALUE.ARRAY or VALUE.REFERENCE of the property element the cursor is on. */
    private Object xmlPropertyValue(XmlCursor cursor, CIMClassProperty<?> declared, String parameter)
            throws XMLStreamException, CimException {
        XMLStreamReader reader = cursor.reader;
        int depth = cursor.depth;
        Object value = null;
        while (cursor.next() != XMLStreamConstants.END_ELEMENT || cursor.depth >= depth) {
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = reader.getLocalName();
            try {
                switch (element) {
                    case "QUALIFIER" -> cursor.skip();
                    case "VALUE" -> value = CimValues.fromText(scalar(declared, parameter), cursor.text());
                    case "VALUE.ARRAY" -> value = CimValues.fromTexts(array(declared, parameter), cursor.arrayTexts());
                    case "VALUE.REFERENCE" -> value = cursor.reference();
                    default -> throw invalid(parameter, "unexpected element " + element + " in property " + declared.getName());
                }
            } catch (IllegalArgumentException e) {
                throw invalid(parameter, "property " + declared.getName() + ": " + e.getMessage());
            }
        }
        return value;
    }

    private static CIMDataType scalar(CIMClassProperty<?> declared, String parameter) throws CimException {
        if (declared.getDataType().isArray()) {
            throw invalid(parameter, "property " + declared.getName() + " is an array; send VALUE.ARRAY");
        }
        return declared.getDataType();
    }

    private static CIMDataType array(CIMClassProperty<?> declared, String parameter) throws CimException {
        if (!declared.getDataType().isArray()) {
            throw invalid(parameter, "property " + declared.getName() + " is not an array");
        }
        return declared.getDataType();
    }

    /** A bounded walk over the XML events that tracks depth. */
    private static final class XmlCursor {
        final XMLStreamReader reader;
        int depth;
        int elements;

        XmlCursor(XMLStreamReader reader) {
            this.reader = reader;
        }

        int next() throws XMLStreamException {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                    throw new XMLStreamException("the embedded instance is too large or too deeply nested");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("DTDs and entity references are not allowed");
            }
            return event;
        }

        /** Skips the element the cursor is on. */
        void skip() throws XMLStreamException {
            int target = depth;
            while (next() != XMLStreamConstants.END_ELEMENT || depth >= target) {
                // skipping
            }
        }

        /** The text of the element the cursor is on (VALUE), consuming its end. */
        String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int target = depth;
            while (next() != XMLStreamConstants.END_ELEMENT || depth >= target) {
                if (reader.isCharacters()) {
                    sb.append(reader.getText());
                }
            }
            return sb.toString();
        }

        /** The VALUE / VALUE.NULL children of the VALUE.ARRAY the cursor is on. */
        List<String> arrayTexts() throws XMLStreamException {
            List<String> texts = new ArrayList<>();
            int target = depth;
            while (next() != XMLStreamConstants.END_ELEMENT || depth >= target) {
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    if ("VALUE".equals(reader.getLocalName())) {
                        texts.add(text());
                    } else if ("VALUE.NULL".equals(reader.getLocalName())) {
                        texts.add(null);
                        skip();
                    } else {
                        throw new XMLStreamException("unexpected " + reader.getLocalName() + " in VALUE.ARRAY");
                    }
                }
            }
            return texts;
        }

        /** The path inside the VALUE.REFERENCE (or KEYBINDING) the cursor is on. */
        CIMObjectPath reference() throws XMLStreamException {
            String host = null;
            String namespace = null;
            CIMObjectPath path = null;
            int target = depth;
            while (next() != XMLStreamConstants.END_ELEMENT || depth >= target) {
                if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "HOST" -> host = text().trim();
                    case "NAMESPACE" -> namespace = namespace == null ? reader.getAttributeValue(null, "NAME")
                        : namespace + "/" + reader.getAttributeValue(null, "NAME");
                    case "INSTANCENAME" -> path = instanceName(host, namespace);
                    case "CLASSNAME" -> path = new CIMObjectPath(null, host, null, namespace, reader.getAttributeValue(null, "NAME"), null);
                    case "INSTANCEPATH", "LOCALINSTANCEPATH", "NAMESPACEPATH", "LOCALNAMESPACEPATH", "CLASSPATH", "LOCALCLASSPATH" -> {
                        // containers: their children are read by this loop
                    }
                    default -> throw new XMLStreamException("unexpected " + reader.getLocalName() + " in a reference");
                }
            }
            if (path == null) {
                throw new XMLStreamException("VALUE.REFERENCE holds no path");
            }
            return path;
        }

        private CIMObjectPath instanceName(String host, String namespace) throws XMLStreamException {
            String className = reader.getAttributeValue(null, "CLASSNAME");
            List<CIMProperty<?>> keys = new ArrayList<>();
            int target = depth;
            String keyName = null;
            while (next() != XMLStreamConstants.END_ELEMENT || depth >= target) {
                if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "KEYBINDING" -> keyName = reader.getAttributeValue(null, "NAME");
                    case "KEYVALUE" -> keys.add(keyValue(keyName, reader.getAttributeValue(null, "VALUETYPE"), text()));
                    case "VALUE.REFERENCE" -> {
                        CIMObjectPath ref = reference();
                        keys.add(new CIMProperty<>(keyName, new CIMDataType(ref.getObjectName()), ref, true, false, null));
                    }
                    default -> throw new XMLStreamException("unexpected " + reader.getLocalName() + " in INSTANCENAME");
                }
            }
            return new CIMObjectPath(null, host, null, namespace, className, keys.toArray(CIMProperty<?>[]::new));
        }

        private static CIMProperty<?> keyValue(String name, String valueType, String text) {
            if ("boolean".equals(valueType)) {
                return new CIMProperty<>(name, CIMDataType.BOOLEAN_T, Boolean.valueOf(text.trim()), true, false, null);
            }
            // numeric and string keys stay text; Paths.instancePath gives them the declared type
            return new CIMProperty<>(name, CIMDataType.STRING_T, text, true, false, null);
        }
    }

    // ---- shared ----

    private ClassInfo embeddedClass(String ns, String className, String parameter) throws CimException {
        ClassInfo cls = className == null ? null : classes.classInfo(ns, className);
        if (cls == null) {
            throw invalid(parameter, "embeds an instance of class " + className + ", which does not exist in " + ns);
        }
        return cls;
    }

    private static CIMClassProperty<?> declared(ClassInfo cls, String name, String parameter) throws CimException {
        CIMClassProperty<?> declared = name == null ? null : cls.property(name);
        if (declared == null) {
            throw invalid(parameter, "embedded instance of " + cls.name() + " has unknown property " + name);
        }
        return declared;
    }

    private static CIMInstance build(String ns, ClassInfo cls, Map<String, Object> values) {
        List<CIMProperty<?>> props = new ArrayList<>();
        List<CIMProperty<?>> keys = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            CIMClassProperty<?> declared = cls.property(e.getKey());
            CIMProperty<?> p = new CIMProperty<>(declared.getName(), declared.getDataType(), e.getValue(), declared.isKey(), false, null);
            props.add(p);
            if (declared.isKey() && e.getValue() != null) {
                keys.add(p);
            }
        }
        CIMObjectPath path = new CIMObjectPath(null, null, null, ns, cls.name(), keys.toArray(CIMProperty<?>[]::new));
        return new CIMInstance(path, props.toArray(CIMProperty<?>[]::new));
    }

    private static CimException invalid(String parameter, String why) {
        return new CimException(CimStatus.INVALID_PARAMETER, "parameter " + parameter + " " + why);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

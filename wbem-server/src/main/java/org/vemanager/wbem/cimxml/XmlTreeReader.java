package org.vemanager.wbem.cimxml;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Bytes → {@link XmlElement} tree, hardened for input from anyone: the JDK's own StAX parser with
 * DTDs and external entities off, any DOCTYPE or entity reference refused (only the five predefined
 * entities and character references are expanded, by the parser itself), and the element count,
 * depth and text length bounded by {@link XmlLimits}. Thread-safe.
 */
public final class XmlTreeReader {

    private final XMLInputFactory factory;
    private final XmlLimits limits;

    public XmlTreeReader(XmlLimits limits) {
        this.limits = limits;
        // The JDK's built-in implementation, not whatever StAX provider the classpath brings.
        this.factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** Parses one document; a DOCTYPE, an entity reference or broken XML is request-not-well-formed. */
    public XmlElement read(InputStream body) throws CimXmlProtocolException {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(body);
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException e) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_WELL_FORMED, "the request is not well-formed XML: " + brief(e), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException, CimXmlProtocolException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > limits.maxElements()) {
                        throw tooLarge("more than " + limits.maxElements() + " elements");
                    }
                    if (open.size() >= limits.maxDepth()) {
                        throw tooLarge("elements nested deeper than " + limits.maxDepth());
                    }
                    XmlElement element = new XmlElement(reader.getLocalName(), attributesOf(reader));
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().addChild(element);
                    }
                    open.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        int length = open.peek().appendText(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        if (length > limits.maxTextLength()) {
                            throw tooLarge("an element's text is longer than " + limits.maxTextLength() + " characters");
                        }
                    }
                }
                case XMLStreamConstants.DTD -> throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_WELL_FORMED,
                    "a DOCTYPE is not allowed in a CIM-XML request");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_WELL_FORMED,
                    "entity reference &" + reader.getLocalName() + "; is not allowed (only the predefined entities are)");
                default -> {
                    // comments, processing instructions, document start/end: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_WELL_FORMED, "the request body holds no XML element");
        }
        return root;
    }

    private static Map<String, String> attributesOf(XMLStreamReader reader) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String prefix = reader.getAttributePrefix(i);
            String local = reader.getAttributeLocalName(i);
            attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static CimXmlProtocolException tooLarge(String what) {
        return new CimXmlProtocolException(ProtocolError.REQUEST_TOO_LARGE, "the request exceeds a server limit: " + what);
    }

    private static String brief(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // StAX messages start with "ParseError at [row,col]:[r,c]\nMessage: ..."; keep one line.
        return message.replace('\n', ' ');
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing more to release; the body stream belongs to the caller
            }
        }
    }
}

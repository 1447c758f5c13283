package org.vemanager.wbem.cimxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed request: name, attributes, child elements and text. The tree keeps only
 * what CIM-XML uses (no namespaces, comments or processing instructions); mixed content is joined.
 */
public final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>(4);
    private StringBuilder text;

    XmlElement(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes.isEmpty() ? Map.of() : new LinkedHashMap<>(attributes);
    }

    public String name() {
        return name;
    }

    /** The attribute's value, or null when absent. */
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The attribute's value; a request without it is not valid. */
    public String requiredAttribute(String attributeName) throws CimXmlProtocolException {
        String value = attributes.get(attributeName);
        if (value == null) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID,
                "element " + name + " lacks its " + attributeName + " attribute");
        }
        return value;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** The first child named {@code childName}, or null. */
    public XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The first child named {@code childName}; a request without it is not valid. */
    public XmlElement requiredChild(String childName) throws CimXmlProtocolException {
        XmlElement child = child(childName);
        if (child == null) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "element " + name + " lacks a " + childName + " child");
        }
        return child;
    }

    /** The element's text content (character data directly inside it), never null. */
    public String text() {
        return text == null ? "" : text.toString();
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    int appendText(char[] chars, int start, int length) {
        if (text == null) {
            text = new StringBuilder(length);
        }
        text.append(chars, start, length);
        return text.length();
    }

    @Override
    public String toString() {
        return "<" + name + " " + attributes + ">";
    }
}

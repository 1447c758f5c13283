package org.vemanager.provider.libvirt.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An XML document as a canonical string for comparison: names by namespace URI and local name (so where
 * a prefix is declared does not matter), attributes sorted, whitespace-only text dropped, and sibling
 * elements sorted — libvirt's parser does not depend on the order of differently named siblings, and
 * same-named siblings keep their relative order because the sort is stable on equal names.
 */
final class XmlNormalizer {

    private XmlNormalizer() {
    }

    static String normalize(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            write(root, 0, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot normalize: " + e.getMessage(), e);
        }
    }

    private static void write(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(name(element));
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                attributes.put(name(a), a.getNodeValue());
            }
        }
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e) {
                children.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            out.append(" text=\"").append(text.toString().strip()).append('"');
        }
        out.append('\n');
        children.sort((a, b) -> name(a).compareTo(name(b)));
        for (Element child : children) {
            write(child, depth + 1, out);
        }
    }

    private static String name(Node node) {
        String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return node.getNamespaceURI() == null ? local : "{" + node.getNamespaceURI() + "}" + local;
    }
}

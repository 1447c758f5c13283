package org.vemanager.agent.node.guest;

import java.net.URI;
import java.util.Iterator;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads and writes our element in a domain's {@code <metadata>}:
 * {@code <vem:guest xmlns:vem="https://vemanager.org/xmlns/guest/1" url="…" fingerprint="…" tokenRef="…"/>}.
 * It travels with the VM (migration, dump/define). libvirt-java 0.5.2 has no
 * virDomainGetMetadata/SetMetadata, so it is read from the domain XML and written by fetch → edit →
 * redefine; other applications' metadata elements are kept as they are.
 */
public final class GuestMetadata {

    public static final String NAMESPACE = "https://vemanager.org/xmlns/guest/1";
    static final String ELEMENT = "guest";
    private static final String METADATA = "metadata";

    private GuestMetadata() {
    }

    /** The endpoint the domain's XML names; empty when it has none. Lenient reading: a malformed element is an error. */
    public static Optional<GuestEndpoint> read(String domainXml) {
        return read(DomainXml.parse(domainXml));
    }

    /** Like {@link #read(String)}, but a malformed element counts as none: for removing it. */
    static Optional<GuestEndpoint> lenientRead(String domainXml) {
        try {
            return read(domainXml);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<GuestEndpoint> read(DomainXml config) {
        Element metadata = metadata(config);
        if (metadata == null) {
            return Optional.empty();
        }
        for (Node child = metadata.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && isOurs(element)) {
                return Optional.of(new GuestEndpoint(URI.create(element.getAttribute("url")),
                        element.getAttribute("fingerprint"), element.getAttribute("tokenRef")));
            }
        }
        return Optional.empty();
    }

    /** Replaces (or adds) our element; {@code endpoint == null} removes it. */
    static void write(DomainXml config, GuestEndpoint endpoint) {
        Element metadata = metadata(config);
        if (metadata == null) {
            if (endpoint == null) {
                return;
            }
            metadata = newDocument().createElement(METADATA);
            config.any.add(metadata);
        }
        for (Node child = metadata.getFirstChild(); child != null;) {
            Node next = child.getNextSibling();
            if (child instanceof Element element && isOurs(element)) {
                metadata.removeChild(element);
            }
            child = next;
        }
        if (endpoint != null) {
            Element guest = metadata.getOwnerDocument().createElementNS(NAMESPACE, "vem:" + ELEMENT);
            guest.setAttribute("url", endpoint.url().toString());
            guest.setAttribute("fingerprint", endpoint.fingerprint());
            guest.setAttribute("tokenRef", endpoint.tokenRef());
            metadata.appendChild(guest);
        } else if (!metadata.hasChildNodes()) {
            for (Iterator<Object> it = config.any.iterator(); it.hasNext();) {
                if (it.next() == metadata) {
                    it.remove();
                }
            }
        }
    }

    private static boolean isOurs(Element element) {
        return NAMESPACE.equals(element.getNamespaceURI()) && ELEMENT.equals(element.getLocalName());
    }

    private static Element metadata(DomainXml config) {
        for (Object any : config.any) {
            if (any instanceof Element element && METADATA.equals(localName(element))) {
                return element;
            }
        }
        return null;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JVM cannot build an XML document", e);
        }
    }
}

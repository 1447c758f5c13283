package org.vemanager.agent.guest.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xmlrpc.util.SAXParsers;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX readers that refuse any DOCTYPE (hence every DTD, external entity and entity expansion).
 * XML-RPC never needs a DTD, so a document carrying one is rejected outright rather than parsed
 * with its entities switched off. Apache XML-RPC 3.1.3's own factory ({@link SAXParsers}) leaves
 * DTDs on; {@link #installAsXmlRpcDefault()} replaces it JVM-wide, and our server and client also
 * call {@link #newReader()} directly so they do not depend on that global.
 */
public final class HardenedSax {
    private static final SAXParserFactory FACTORY = newFactory();

    private HardenedSax() {
    }

    public static XMLReader newReader() throws SAXException {
        try {
            return FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("cannot create a hardened XML parser: " + e.getMessage(), e);
        }
    }

    /** Makes Apache XML-RPC's static parser factory the hardened one, for any code path we did not replace. */
    public static void installAsXmlRpcDefault() {
        SAXParsers.setSAXParserFactory(FACTORY);
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            // Without these guarantees we must not parse anything from the wire.
            throw new IllegalStateException("the JDK's SAX parser does not support the hardening features", e);
        }
        return factory;
    }
}

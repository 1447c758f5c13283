package org.vemanager.agent.guest.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xmlrpc.util.SAXParsers;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
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

    /** A reader that throws on every error (instead of also printing it to stderr, as the JDK's default does). */
    public static XMLReader newReader() throws SAXException {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make a document unusable.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("cannot create a hardened XML parser: " + e.getMessage(), e);
        }
    }

    /** Makes Apache XML-RPC's static parser factory the hardened one, for any code path we did not replace. */
    public static void installAsXmlRpcDefault() {
        SAXParsers.setSAXParserFactory(FACTORY);
    }

    /** A parse error as one short line for a fault message (a DTD gets a plain explanation). */
    public static String describe(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE") ? "a DOCTYPE (DTD) is not allowed" : message;
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

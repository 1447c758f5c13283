package org.vemanager.wbem.cimxml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates a CIM-XML response against our typed-up DSP0203 subset (test resource), failing on any deviation. */
final class DtdValidator {

    private DtdValidator() {
    }

    static void validate(String document) throws Exception {
        String body = document.substring(document.indexOf("<CIM"));
        String withDoctype = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE CIM SYSTEM \"cim.dtd\">\n" + body;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            InputStream dtd = DtdValidator.class.getResourceAsStream("/cimxml/response-subset.dtd");
            return new InputSource(dtd);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. duplicate declarations) do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        builder.parse(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8)));
    }
}

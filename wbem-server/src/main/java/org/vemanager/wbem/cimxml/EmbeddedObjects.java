package org.vemanager.wbem.cimxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Embedded objects (DSP0201 EmbeddedObject="instance"/"object"): a CIM-XML INSTANCE or CLASS
 * carried as the text of a string value. Decoding uses the same hardened reader as requests.
 */
public final class EmbeddedObjects {

    private static final XmlTreeReader READER = new XmlTreeReader(new XmlLimits(50_000, 32, 1024 * 1024));

    private EmbeddedObjects() {
    }

    /** The CIM-XML text of an embedded CIMInstance or CIMClass. */
    public static String toXml(Object object, String namespace, String host) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        Utf8Output out = new Utf8Output((buffer, last) -> bytes.write(buffer.array(), buffer.arrayOffset() + buffer.position(),
            buffer.remaining()), Integer.MAX_VALUE / 2);
        ObjectEncoder encoder = new ObjectEncoder(out, namespace, host);
        if (object instanceof CIMInstance instance) {
            encoder.instance(instance);
        } else if (object instanceof CIMClass cimClass) {
            encoder.cimClass(cimClass);
        } else {
            throw new IllegalStateException("an embedded object is a CIMInstance or CIMClass, not " + ObjectEncoder.typeOf(object));
        }
        try {
            out.finish();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Decodes an embedded object sent as CIM-XML text: a CIMInstance for INSTANCE, a CIMClass for
     * CLASS. Anything else is CIM_ERR_INVALID_PARAMETER naming {@code parameter}.
     */
    public static Object fromXml(String text, String namespace, String parameter) throws CimException {
        try {
            XmlElement element = READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            ObjectDecoder decoder = new ObjectDecoder();
            return switch (element.name()) {
                case "INSTANCE" -> decoder.instance(element, namespace);
                case "CLASS" -> decoder.cimClass(element, namespace);
                default -> throw new CimException(CimStatus.INVALID_PARAMETER,
                    parameter + ": an embedded object must be a CIM-XML INSTANCE or CLASS, not " + element.name());
            };
        } catch (CimXmlProtocolException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                parameter + ": the embedded object is not valid CIM-XML: " + e.getMessage());
        }
    }
}

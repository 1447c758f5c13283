package org.vemanager.wbem.server.handler;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.vemanager.wbem.cimxml.CimXmlProtocolException;
import org.vemanager.wbem.cimxml.ProtocolError;

/**
 * The DSP0200 request headers of one POST or M-POST. For M-POST the CIM headers carry the prefix
 * declared by {@code Man: http://www.dmtf.org/cim/mapping/http/v1.0 ; ns=NN} ({@code NN-CIMMethod});
 * the response uses the same prefix.
 */
record CimHeaders(String prefix, String operation, String method, String object, String protocolVersion, String batch) {

    static final String MAPPING_URI = "http://www.dmtf.org/cim/mapping/http/v1.0";

    /** Reads the headers; an M-POST without a usable {@code Man} header is request-not-valid. */
    static CimHeaders of(String httpMethod, HttpFields headers) throws CimXmlProtocolException {
        String prefix = "";
        if (httpMethod.equals("M-POST")) {
            prefix = mandatoryPrefix(headers.get("Man"));
        }
        return new CimHeaders(prefix, headers.get(prefix + "CIMOperation"), headers.get(prefix + "CIMMethod"),
            headers.get(prefix + "CIMObject"), headers.get(prefix + "CIMProtocolVersion"), headers.get(prefix + "CIMBatch"));
    }

    private static String mandatoryPrefix(String man) throws CimXmlProtocolException {
        if (man == null || !man.contains(MAPPING_URI)) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "M-POST needs a Man header naming " + MAPPING_URI);
        }
        int ns = man.toLowerCase(Locale.ROOT).indexOf("ns=");
        if (ns < 0) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "the Man header lacks its ns=NN prefix");
        }
        String digits = man.substring(ns + 3).trim();
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "the Man header's ns= is not a number");
        }
        return digits.substring(0, end) + "-";
    }

    /** Percent-decodes a CIMObject header (RFC 3986: '+' stays '+'); bad escapes are request-not-valid. */
    static String percentDecode(String value) throws CimXmlProtocolException {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
                    || Character.digit(value.charAt(i + 2), 16) < 0) {
                    throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "the CIMObject header has a bad %-escape");
                }
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

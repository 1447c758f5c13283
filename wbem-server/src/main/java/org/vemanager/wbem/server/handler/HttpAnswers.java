package org.vemanager.wbem.server.handler;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.vemanager.wbem.cimxml.ProtocolError;

/** Small bodiless answers the handlers share: protocol errors with {@code CIMError}, plain statuses. */
final class HttpAnswers {

    private HttpAnswers() {
    }

    /** A DSP0200 protocol error: its HTTP status and {@code CIMError} header (prefixed for M-POST). */
    static void protocolError(Response response, Callback callback, ProtocolError error, String headerPrefix, String reason) {
        response.setStatus(error.httpStatus());
        if (!headerPrefix.isEmpty()) {
            response.getHeaders().put("Ext", "");
        }
        response.getHeaders().put(headerPrefix + "CIMError", error.headerValue());
        // Not a DSP0200 header: the reason in words, for people reading a trace.
        response.getHeaders().put("X-CIMError-Reason", safeHeader(reason));
        empty(response, callback);
    }

    /** A status with no body. */
    static void status(Response response, Callback callback, int status) {
        response.setStatus(status);
        empty(response, callback);
    }

    static void empty(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        response.write(true, null, callback);
    }

    /** A header value without line breaks or non-ASCII, bounded in length. */
    static String safeHeader(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? c : ' ');
        }
        return out.toString();
    }
}

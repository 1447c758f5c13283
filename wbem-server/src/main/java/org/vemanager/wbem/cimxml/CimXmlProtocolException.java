package org.vemanager.wbem.cimxml;

/** A request the server refuses as a whole (no operation runs): answered with an HTTP status and {@code CIMError}. */
public class CimXmlProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProtocolError error;

    public CimXmlProtocolException(ProtocolError error, String message) {
        super(message);
        this.error = error;
    }

    public CimXmlProtocolException(ProtocolError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public ProtocolError error() {
        return error;
    }
}

package org.vemanager.wbem.cimxml;

/**
 * The DSP0200 {@code CIMError} header values: failures of the HTTP message or of the CIM-XML
 * document as a whole, answered before any operation runs. Each carries the HTTP status DSP0200
 * gives it (400 for a request the server cannot read, 501 for one it understood but does not
 * implement), except {@link #REQUEST_TOO_LARGE}, which DSP0200 does not define: we answer 413 with
 * {@code CIMError: request-not-valid} so a CIM client still sees a CIM reason.
 */
public enum ProtocolError {
    REQUEST_NOT_VALID("request-not-valid", 400),
    REQUEST_NOT_WELL_FORMED("request-not-well-formed", 400),
    REQUEST_NOT_LOOSELY_VALID("request-not-loosely-valid", 400),
    HEADER_MISMATCH("header-mismatch", 400),
    UNSUPPORTED_OPERATION("unsupported-operation", 501),
    UNSUPPORTED_PROTOCOL_VERSION("unsupported-protocol-version", 501),
    MULTIPLE_REQUESTS_UNSUPPORTED("multiple-requests-unsupported", 501),
    UNSUPPORTED_CIM_VERSION("unsupported-cim-version", 501),
    UNSUPPORTED_DTD_VERSION("unsupported-dtd-version", 501),
    REQUEST_TOO_LARGE("request-not-valid", 413);

    private final String headerValue;
    private final int httpStatus;

    ProtocolError(String headerValue, int httpStatus) {
        this.headerValue = headerValue;
        this.httpStatus = httpStatus;
    }

    /** The value of the {@code CIMError} response header. */
    public String headerValue() {
        return headerValue;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

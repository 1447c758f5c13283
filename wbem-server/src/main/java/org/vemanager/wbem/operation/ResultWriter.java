package org.vemanager.wbem.operation;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.vemanager.wbem.spi.CimException;

/**
 * How the dispatcher answers. Calls arrive in wire order: IRETURNVALUE items first (via
 * {@link #item}), then output parameters; for extrinsic methods {@link #returnValue} then
 * {@link #outParameter}s. The writer may already be sending bytes when a later call fails; a
 * CimException thrown by the dispatcher after some items were written is reported by the codec as a
 * trailer ({@code CIMStatusCode}) when the client accepted trailers, and otherwise by closing the
 * connection, never as a half-valid document presented as success. Throws CimException (e.g.
 * SERVER_LIMITS_EXCEEDED) when the client has gone or a response limit is reached; the dispatcher
 * lets it propagate.
 */
public interface ResultWriter {

    /** Writes one IRETURNVALUE item; the Java type of {@code value} is the one documented on {@code kind}. */
    void item(ReturnElement kind, Object value) throws CimException;

    /** GetProperty's result: a VALUE, VALUE.ARRAY or VALUE.REFERENCE of the given type, or null. */
    void value(CIMDataType type, Object value) throws CimException;

    /** An intrinsic operation's output PARAMVALUE (EnumerationContext, EndOfSequence, Count) or an extrinsic OUT parameter. */
    void outParameter(String name, CIMDataType type, Object value) throws CimException;

    /** An extrinsic method's RETURNVALUE. */
    void returnValue(CIMDataType type, Object value) throws CimException;
}

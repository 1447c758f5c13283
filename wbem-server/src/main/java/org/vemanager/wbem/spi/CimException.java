package org.vemanager.wbem.spi;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;

/**
 * The one error type that reaches the wire. The description is shown to users as it is, so it must
 * say what was wrong and, for a user's bad input, which parameter and why. Optional CIM_Error
 * instances travel in the ERROR element.
 */
public class CimException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CimStatus status;
    private final transient List<CIMInstance> errors;

    public CimException(CimStatus status, String description) {
        this(status, description, null, List.of());
    }

    public CimException(CimStatus status, String description, Throwable cause) {
        this(status, description, cause, List.of());
    }

    public CimException(CimStatus status, String description, Throwable cause, List<CIMInstance> errors) {
        super(description, cause);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public CimStatus status() {
        return status;
    }

    public String description() {
        return getMessage();
    }

    /** CIM_Error instances describing the failure; empty when there are none. */
    public List<CIMInstance> errors() {
        return errors;
    }
}

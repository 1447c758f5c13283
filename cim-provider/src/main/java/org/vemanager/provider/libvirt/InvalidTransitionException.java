package org.vemanager.provider.libvirt;

import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * libvirt refused an operation because of the domain's current state (VIR_ERR_OPERATION_INVALID, or a
 * state check of ours). Methods with a DMTF "Invalid State Transition" return code (4097) catch it and
 * answer with that code; elsewhere it reaches the wire as CIM_ERR_FAILED with its message.
 */
public class InvalidTransitionException extends CimException {

    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(String description) {
        super(CimStatus.FAILED, description);
    }

    public InvalidTransitionException(String description, Throwable cause) {
        super(CimStatus.FAILED, description, cause);
    }
}

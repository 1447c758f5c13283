package org.vemanager.console.client;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.wbem.WBEMException;

/** Turns client failures into one readable line for the user; details stay available separately. */
public final class CimErrors {

    private static final String[] STATUS_NAMES = {"", "Failed", "Access denied", "Invalid namespace",
        "Invalid parameter", "Invalid class", "Not found", "Not supported", "Class has children",
        "Class has instances", "Invalid superclass", "Already exists", "No such property", "Type mismatch",
        "Query language not supported", "Invalid query", "Method not available", "Method not found", "", "",
        "Namespace not empty", "Invalid enumeration context", "Invalid operation timeout", "Pull has been abandoned",
        "Pull cannot be abandoned", "Filtered enumeration not supported", "Continuation on error not supported",
        "Server limits exceeded", "Server is shutting down"};

    private CimErrors() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof WBEMException wbem) {
            int id = wbem.getID();
            String status = id > 0 && id < STATUS_NAMES.length && !STATUS_NAMES[id].isEmpty() ? STATUS_NAMES[id] : "Error " + id;
            String message = wbem.getMessage();
            String fromError = errorMessage(wbem.getCIMErrors());
            String text = fromError != null ? fromError : message;
            return text == null || text.isBlank() ? status : status + ": " + stripStatusPrefix(text);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "Node unreachable: " + root.getMessage();
        }
        if (root instanceof SocketTimeoutException) {
            return "Node did not answer in time";
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** The first CIM_Error's Message, which says more than the status line. */
    private static String errorMessage(CIMInstance[] errors) {
        if (errors == null) {
            return null;
        }
        for (CIMInstance error : errors) {
            CIMProperty<?> message = error.getProperty("Message");
            if (message != null && message.getValue() != null) {
                return message.getValue().toString();
            }
        }
        return null;
    }

    private static String stripStatusPrefix(String text) {
        return text.startsWith("CIM_ERR_") && text.contains(": ") ? text.substring(text.indexOf(": ") + 2) : text;
    }

    /** The return codes of RequestStateChange and the VSMS methods, as words. */
    public static String returnCode(long code) {
        return switch ((int) code) {
            case 0 -> "Completed";
            case 1 -> "Not supported";
            case 2 -> "Unknown or unspecified error";
            case 3 -> "Cannot complete within the timeout";
            case 4 -> "Failed";
            case 5 -> "Invalid parameter";
            case 6 -> "In use";
            case 4096 -> "Started as a job";
            case 4097 -> "Invalid state transition";
            case 4098 -> "Use of timeout parameter not supported";
            case 4099 -> "Busy";
            default -> "Return code " + code;
        };
    }
}

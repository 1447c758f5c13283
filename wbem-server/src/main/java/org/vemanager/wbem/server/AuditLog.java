package org.vemanager.wbem.server;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.operation.CimRequest;

/**
 * The audit trail: one line on the {@code org.vemanager.audit} logger for every state-changing
 * operation and every failed login, saying who, from where, what, on what, and the result. The
 * time is the log line's own. Values are quoted so a hostile name cannot forge a second entry.
 */
public final class AuditLog {

    public static final String LOGGER_NAME = "org.vemanager.audit";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Set<String> CHANGING_INTRINSICS = Set.of("CreateInstance", "ModifyInstance", "DeleteInstance",
        "SetProperty", "CreateClass", "ModifyClass", "DeleteClass", "SetQualifier", "DeleteQualifier");

    private AuditLog() {
    }

    /** True for the operations the audit log records: every extrinsic method and the intrinsics that change state. */
    public static boolean isStateChanging(CimRequest request) {
        return !request.intrinsic() || CHANGING_INTRINSICS.contains(request.operation());
    }

    /** Records a state-changing operation and its CIM status code (0 for success). */
    public static void operation(CimRequest request, String address, int statusCode) {
        LOG.info("operation user={} role={} from={} op={} namespace={} target={} status={}", quote(request.user()),
            request.role(), quote(address), quote(request.operation()), quote(request.namespace()), quote(target(request)),
            statusCode);
    }

    /** Records a failed login. */
    public static void failedLogin(String user, String address, String how) {
        LOG.warn("login-failed user={} from={} method={} status=401", quote(user), quote(address), how);
    }

    private static String target(CimRequest request) {
        if (!request.intrinsic()) {
            return String.valueOf(request.target());
        }
        for (String name : new String[] {"InstanceName", "ModifiedInstance", "NewInstance", "ClassName", "NewClass", "ModifiedClass",
            "QualifierName", "QualifierDeclaration"}) {
            Object value = request.parameters().get(name);
            if (value != null) {
                return value instanceof org.metricshub.wbem.javax.cim.CIMInstance instance
                    ? String.valueOf(instance.getObjectPath()) : value instanceof org.metricshub.wbem.javax.cim.CIMClass c
                    ? c.getName() : String.valueOf(value);
            }
        }
        return "";
    }

    static String quote(String value) {
        if (value == null) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length() && i < 512; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

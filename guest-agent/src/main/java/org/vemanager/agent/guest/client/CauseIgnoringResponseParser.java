package org.vemanager.agent.guest.client;

import java.util.HashMap;
import java.util.Map;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.xml.sax.SAXException;

/**
 * Apache XML-RPC 3.1.3's response parser, minus its one dangerous habit: when a fault struct
 * carries {@code faultCause}, {@link XmlRpcResponseParser#addResult} hands those bytes to an
 * {@code ObjectInputStream} — whatever {@code enabledForExceptions} says. We remove the member
 * before the base class sees the struct, so a guest's bytes never reach Java deserialization
 * (the reject-all serialization filter of every VE-manager JVM is the second wall).
 */
final class CauseIgnoringResponseParser extends XmlRpcResponseParser {
    static final String FAULT_CAUSE = "faultCause";

    CauseIgnoringResponseParser(XmlRpcStreamRequestConfig config, TypeFactory types) {
        super(config, types);
    }

    @Override
    protected void addResult(Object result) throws SAXException {
        if (!isSuccess() && result instanceof Map<?, ?> fault && fault.containsKey(FAULT_CAUSE)) {
            Map<Object, Object> withoutCause = new HashMap<>(fault);
            withoutCause.remove(FAULT_CAUSE);
            super.addResult(withoutCause);
        } else {
            super.addResult(result);
        }
    }
}

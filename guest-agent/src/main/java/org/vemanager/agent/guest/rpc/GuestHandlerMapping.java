package org.vemanager.agent.guest.rpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcHandler;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.server.XmlRpcHandlerMapping;
import org.apache.xmlrpc.server.XmlRpcNoSuchHandlerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/**
 * Maps "namespace.method" to our explicit {@link RpcMethod}s (instead of Apache's reflective
 * PropertyHandlerMapping, so exactly the methods we list exist) and turns every outcome into
 * an XML-RPC fault with a stable code and a message — a bug becomes INTERNAL_ERROR with the
 * details in our log only.
 */
public final class GuestHandlerMapping implements XmlRpcHandlerMapping {
    private static final Logger LOG = LoggerFactory.getLogger(GuestHandlerMapping.class);

    private final Map<String, RpcMethod> methods = new HashMap<>();

    public GuestHandlerMapping(List<RpcNamespace> namespaces) {
        namespaces.forEach(ns -> methods.putAll(ns.methods()));
    }

    public boolean has(String method) {
        return methods.containsKey(method);
    }

    @Override
    public XmlRpcHandler getHandler(String name) throws XmlRpcException {
        RpcMethod method = methods.get(name);
        if (method == null) {
            throw new XmlRpcNoSuchHandlerException("no such method: " + name);
        }
        return request -> invoke(name, method, request);
    }

    private static Object invoke(String name, RpcMethod method, XmlRpcRequest request) throws XmlRpcException {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < request.getParameterCount(); i++) {
            params.add(request.getParameter(i));
        }
        try {
            return method.call(new Params(name, params));
        } catch (GuestAgentException e) {
            LOG.info("{} failed: {}", name, e.getMessage());
            throw new XmlRpcException(e.fault().code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed with an internal error", name, e);
            throw new XmlRpcException(GuestFault.INTERNAL_ERROR.code(), name + ": internal error (see the guest-agent's log)");
        }
    }
}

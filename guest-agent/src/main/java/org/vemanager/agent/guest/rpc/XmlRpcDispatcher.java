package org.vemanager.agent.guest.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.XmlRpcRequestConfig;
import org.apache.xmlrpc.common.TypeFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.apache.xmlrpc.serializer.DefaultXMLWriterFactory;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.apache.xmlrpc.server.XmlRpcNoSuchHandlerException;
import org.apache.xmlrpc.server.XmlRpcServer;
import org.apache.xmlrpc.server.XmlRpcServerConfigImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.xml.HardenedSax;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One XML-RPC exchange, bytes in and bytes out, on Apache XML-RPC's parser, server and writer.
 * We drive those pieces ourselves rather than through XmlRpcStreamServer so that (1) the request
 * is parsed by a {@link HardenedSax} reader (no DOCTYPE), (2) extensions are off (no i8, nil or
 * serializable types; no Java object ever leaves or enters), and (3) a fault carries only a code
 * and a message — never the {@code faultCause} that 3.1.3 adds when exceptions are "enabled".
 */
public final class XmlRpcDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcDispatcher.class);

    private final XmlRpcServer server = new XmlRpcServer();
    private final XmlRpcServerConfigImpl serverConfig = new XmlRpcServerConfigImpl();
    /** The per-exchange settings the parser and writer read: UTF-8, no extensions, no exceptions. */
    private final XmlRpcHttpRequestConfigImpl config = new XmlRpcHttpRequestConfigImpl();
    private final TypeFactoryImpl types = new TypeFactoryImpl(server);

    public XmlRpcDispatcher(List<RpcNamespace> namespaces) {
        serverConfig.setEnabledForExtensions(false);
        serverConfig.setEnabledForExceptions(false);
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setEncoding("UTF-8");
        server.setConfig(serverConfig);
        server.setTypeFactory(types);
        server.setHandlerMapping(new GuestHandlerMapping(namespaces));
    }

    /** Parses a request, runs it, and answers a methodResponse: the result or a fault. */
    public byte[] handle(InputStream body) {
        XmlRpcRequest request;
        try {
            request = parse(body);
        } catch (SAXException | IOException e) {
            return fault(GuestFault.MALFORMED_REQUEST, "malformed XML-RPC request: " + HardenedSax.describe(e));
        }
        try {
            return write(server.execute(request));
        } catch (XmlRpcNoSuchHandlerException e) {
            return fault(GuestFault.NO_SUCH_METHOD, "no such method: " + request.getMethodName());
        } catch (XmlRpcException e) {
            return fault(GuestFault.ofCode(e.code), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed with an internal error", request.getMethodName(), e);
            return fault(GuestFault.INTERNAL_ERROR, "internal error (see the guest-agent's log)");
        }
    }

    /** A methodResponse carrying only {@code faultCode} and {@code faultString}. */
    public byte[] fault(GuestFault fault, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmlRpcWriter(config, new DefaultXMLWriterFactory().getXmlWriter(config, out), types)
                .write(config, fault.code(), message);
        } catch (SAXException | XmlRpcException e) {
            throw new IllegalStateException("cannot write an XML-RPC fault", e);
        }
        return out.toByteArray();
    }

    private byte[] write(Object result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmlRpcWriter(config, new DefaultXMLWriterFactory().getXmlWriter(config, out), types).write(config, result);
        } catch (SAXException | XmlRpcException e) {
            LOG.error("cannot serialize a result", e);
            return fault(GuestFault.INTERNAL_ERROR, "internal error: the result cannot be sent (see the guest-agent's log)");
        }
        return out.toByteArray();
    }

    private XmlRpcRequest parse(InputStream body) throws SAXException, IOException {
        XmlRpcRequestParser parser = new XmlRpcRequestParser(config, types);
        XMLReader reader = HardenedSax.newReader();
        reader.setContentHandler(parser);
        reader.parse(new InputSource(body));
        String method = parser.getMethodName();
        List<?> params = parser.getParams() == null ? List.of() : parser.getParams();
        return new ParsedRequest(config, method, params.toArray());
    }

    /** A parsed request as Apache's server wants it. */
    private record ParsedRequest(XmlRpcStreamRequestConfig config, String method, Object[] params) implements XmlRpcRequest {
        @Override
        public XmlRpcRequestConfig getConfig() {
            return config;
        }

        @Override
        public String getMethodName() {
            return method;
        }

        @Override
        public int getParameterCount() {
            return params.length;
        }

        @Override
        public Object getParameter(int index) {
            return params[index];
        }
    }
}

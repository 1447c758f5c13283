package org.vemanager.wbem.server.handler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.cimxml.CimXmlProtocolException;
import org.vemanager.wbem.cimxml.CimXmlResponse;
import org.vemanager.wbem.cimxml.ObjectDecoder;
import org.vemanager.wbem.cimxml.ProtocolError;
import org.vemanager.wbem.cimxml.RequestDecoder;
import org.vemanager.wbem.cimxml.Utf8Output;
import org.vemanager.wbem.cimxml.XmlElement;
import org.vemanager.wbem.cimxml.XmlTreeReader;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.security.Principal;
import org.vemanager.wbem.server.AuditLog;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The CIM-XML endpoint ({@code /cimom}): checks the DSP0200 headers, reads the bounded body within
 * its deadline, decodes it, hands the {@link CimRequest} to the dispatcher and streams the answer.
 * Runs after authentication, so the principal is always there.
 */
public final class CimXmlHandler extends Handler.Abstract {

    public static final String PATH = "/cimom";

    private static final Logger LOG = LoggerFactory.getLogger(CimXmlHandler.class);

    private final OperationDispatcher dispatcher;
    private final XmlTreeReader reader;
    private final RequestDecoder decoder = new RequestDecoder();
    private final Settings settings;

    /**
     * @param maxBodyBytes body size limit
     * @param bodyTimeout the whole body must have arrived within this
     * @param responseBufferBytes bytes buffered before the response commits
     * @param hostName the host written into INSTANCEPATHs
     * @param statisticsEnabled whether WBEMServerResponseTime is answered
     */
    public record Settings(long maxBodyBytes, Duration bodyTimeout, int responseBufferBytes, String hostName,
            BooleanSupplier statisticsEnabled) {
    }

    public CimXmlHandler(OperationDispatcher dispatcher, XmlTreeReader reader, Settings settings) {
        this.dispatcher = dispatcher;
        this.reader = reader;
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(request.getHttpURI().getPath())) {
            HttpAnswers.status(response, callback, 404);
            return true;
        }
        String method = request.getMethod();
        if (!method.equals("POST") && !method.equals("M-POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST, M-POST");
            HttpAnswers.status(response, callback, 405);
            return true;
        }
        String prefix = "";
        try {
            CimHeaders headers = CimHeaders.of(method, request.getHeaders());
            prefix = headers.prefix();
            checkHeaders(request, headers);
            byte[] body = readBody(request);
            XmlElement document = reader.read(new ByteArrayInputStream(body));
            RequestDecoder.Call call = decoder.call(document);
            checkHeadersMatch(headers, call);
            answer(request, response, callback, headers, call);
        } catch (CimXmlProtocolException e) {
            LOG.debug("protocol error from {}: {} ({})", Request.getRemoteAddr(request), e.error().headerValue(), e.getMessage());
            if (e.error() == ProtocolError.REQUEST_TOO_LARGE) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            HttpAnswers.protocolError(response, callback, e.error(), prefix, e.getMessage());
        } catch (BodyTimeoutException e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            HttpAnswers.status(response, callback, 408);
        }
        return true;
    }

    private static void checkHeaders(Request request, CimHeaders headers) throws CimXmlProtocolException {
        if (headers.operation() == null || !headers.operation().trim().equalsIgnoreCase("MethodCall")) {
            throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_OPERATION,
                "CIMOperation must be MethodCall, not " + (headers.operation() == null ? "missing" : "'" + headers.operation() + "'"));
        }
        if (headers.batch() != null) {
            throw new CimXmlProtocolException(ProtocolError.MULTIPLE_REQUESTS_UNSUPPORTED, "batched requests (CIMBatch) are not supported");
        }
        String version = headers.protocolVersion();
        if (version != null && !version.trim().startsWith("1.")) {
            throw new CimXmlProtocolException(ProtocolError.UNSUPPORTED_PROTOCOL_VERSION,
                "CIMProtocolVersion " + version + " is not supported (1.x is)");
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "the request has no Content-Type (application/xml)");
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/xml") && !type.startsWith("text/xml")) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "Content-Type " + contentType + " is not application/xml");
        }
        if (type.contains("charset") && !type.replace("\"", "").contains("charset=utf-8")) {
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_VALID, "only UTF-8 request bodies are accepted");
        }
        if (headers.method() == null || headers.object() == null) {
            throw new CimXmlProtocolException(ProtocolError.HEADER_MISMATCH, "a MethodCall needs CIMMethod and CIMObject headers");
        }
    }

    private byte[] readBody(Request request) throws CimXmlProtocolException, BodyTimeoutException {
        int max = (int) Math.min(Integer.MAX_VALUE - 16, settings.maxBodyBytes());
        try {
            return Content.Source.asByteArrayAsync(request, max).get(settings.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BodyTimeoutException();
        } catch (ExecutionException e) {
            // Jetty reports a body over maxSize as an IllegalStateException "Max size (N) exceeded".
            String cause = String.valueOf(e.getCause());
            if (cause.contains("exceeded") || cause.contains("too large")) {
                throw new CimXmlProtocolException(ProtocolError.REQUEST_TOO_LARGE, "the body exceeds " + max + " bytes");
            }
            if (e.getCause() instanceof TimeoutException) {
                throw new BodyTimeoutException();
            }
            throw new CimXmlProtocolException(ProtocolError.REQUEST_NOT_WELL_FORMED, "the body could not be read: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BodyTimeoutException();
        }
    }

    /** CIMMethod must name the call, CIMObject its namespace (and class, for an extrinsic call). */
    private static void checkHeadersMatch(CimHeaders headers, RequestDecoder.Call call) throws CimXmlProtocolException {
        if (!headers.method().trim().equalsIgnoreCase(call.name())) {
            throw new CimXmlProtocolException(ProtocolError.HEADER_MISMATCH,
                "CIMMethod " + headers.method() + " does not match the body's " + call.name());
        }
        String object = CimHeaders.percentDecode(headers.object().trim());
        String namespace = object;
        String className = null;
        int colon = object.indexOf(':');
        if (colon >= 0) {
            namespace = object.substring(0, colon);
            int dot = object.indexOf('.', colon);
            className = object.substring(colon + 1, dot < 0 ? object.length() : dot);
        }
        String bodyNamespace = bodyNamespace(call);
        if (bodyNamespace != null && !ObjectDecoder.normaliseNamespace(namespace).equalsIgnoreCase(bodyNamespace)) {
            throw new CimXmlProtocolException(ProtocolError.HEADER_MISMATCH,
                "CIMObject " + object + " does not match the body's namespace " + bodyNamespace);
        }
        String bodyClass = bodyClassName(call);
        if (className != null && bodyClass != null && !className.trim().equalsIgnoreCase(bodyClass)) {
            throw new CimXmlProtocolException(ProtocolError.HEADER_MISMATCH,
                "CIMObject " + object + " does not match the body's class " + bodyClass);
        }
    }

    private static String bodyNamespace(RequestDecoder.Call call) {
        XmlElement path = call.intrinsic() ? call.element().child("LOCALNAMESPACEPATH") : localPath(call);
        if (path != null && !path.name().equals("LOCALNAMESPACEPATH")) {
            path = path.child("LOCALNAMESPACEPATH");
        }
        if (path == null) {
            return null;
        }
        StringBuilder namespace = new StringBuilder();
        for (XmlElement part : path.children()) {
            namespace.append(part.attribute("NAME")).append('/');
        }
        return ObjectDecoder.normaliseNamespace(namespace.toString());
    }

    private static String bodyClassName(RequestDecoder.Call call) {
        XmlElement path = call.intrinsic() ? null : localPath(call);
        if (path == null) {
            return null;
        }
        XmlElement instanceName = path.child("INSTANCENAME");
        if (instanceName != null) {
            return instanceName.attribute("CLASSNAME");
        }
        XmlElement className = path.child("CLASSNAME");
        return className == null ? null : className.attribute("NAME");
    }

    private static XmlElement localPath(RequestDecoder.Call call) {
        XmlElement path = call.element().child("LOCALINSTANCEPATH");
        return path != null ? path : call.element().child("LOCALCLASSPATH");
    }

    private void answer(Request request, Response response, Callback callback, CimHeaders headers, RequestDecoder.Call call)
            throws IOException {
        Principal principal = (Principal) request.getAttribute(Principal.ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("CimXmlHandler runs behind AuthenticationHandler");
        }
        String te = request.getHeaders().get(HttpHeader.TE);
        boolean trailers = te != null && te.toLowerCase(Locale.ROOT).contains("trailers");
        boolean timing = settings.statisticsEnabled().getAsBoolean() && request.getHeaders().get("WBEMServerResponseTime") != null;
        long started = request.getHeadersNanoTime();
        String prefix = headers.prefix();
        HttpBodySink sink = new HttpBodySink(response, trailers, prefix, r -> {
            r.setStatus(200);
            r.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml; charset=\"utf-8\"");
            if (!prefix.isEmpty()) {
                r.getHeaders().put("Ext", "");
            }
            r.getHeaders().put(prefix + "CIMOperation", "MethodResponse");
            if (timing) {
                r.getHeaders().put(prefix + "WBEMServerResponseTime", Long.toString((System.nanoTime() - started) / 1000));
            }
        });
        Utf8Output out = new Utf8Output(sink, settings.responseBufferBytes());
        CimRequest cimRequest;
        try {
            cimRequest = decoder.decode(call, principal.user(), principal.role());
        } catch (CimException e) {
            failed(newWriter(out, call, null), sink, e, callback);
            return;
        } catch (CimXmlProtocolException e) {
            // Decoding found the body invalid: nothing has been sent yet.
            HttpAnswers.protocolError(response, callback, e.error(), prefix, e.getMessage());
            return;
        }
        CimXmlResponse writer = newWriter(out, call, cimRequest.namespace());
        int status = 0;
        try {
            dispatcher.dispatch(cimRequest, writer);
            writer.finish();
            callback.succeeded();
        } catch (CimException e) {
            status = e.status().code();
            failed(writer, sink, e, callback);
        } catch (RuntimeException e) {
            status = CimStatus.FAILED.code();
            LOG.error("operation {} failed unexpectedly", call.name(), e);
            CimException internal = new CimException(CimStatus.FAILED, "internal error in " + call.name() + " (see the server log)");
            failed(writer, sink, internal, callback);
        } finally {
            if (AuditLog.isStateChanging(cimRequest)) {
                AuditLog.operation(cimRequest, Request.getRemoteAddr(request), status);
            }
        }
    }

    private CimXmlResponse newWriter(Utf8Output out, RequestDecoder.Call call, String namespace) {
        return new CimXmlResponse(out, call.messageId(), call.name(), call.intrinsic(), namespace, settings.hostName());
    }

    private static void failed(CimXmlResponse writer, HttpBodySink sink, CimException error, Callback callback) throws IOException {
        if (writer.canReplaceWithError()) {
            writer.error(error);
            callback.succeeded();
        } else if (sink.trailersAccepted()) {
            sink.failWithTrailers(error.status().code(), error.description());
            callback.succeeded();
        } else {
            // Bytes of a successful-looking document are out: only cutting the connection tells the client.
            callback.failed(new IOException("aborting a partly sent response: " + error.description()));
        }
    }

    /** The body did not arrive within its deadline. */
    private static final class BodyTimeoutException extends Exception {
        private static final long serialVersionUID = 1L;

        BodyTimeoutException() {
            super("request body timed out");
        }
    }
}

package org.vemanager.agent.guest.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcTransportImpl;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.xml.HardenedSax;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Apache XML-RPC's client transport, replaced: the request is written by Apache's writer, but
 * the exchange runs on {@link HttpClient} with a connect timeout, one deadline for the whole reply
 * (a guest that drips bytes forever is cut off), a bounded body ({@link BoundedBody}), and the
 * reply is parsed by a {@link HardenedSax} reader (no DOCTYPE) into a
 * {@link CauseIgnoringResponseParser} (no deserialization). Every failure is an
 * {@link XmlRpcException} whose code is a {@link GuestFault} code.
 */
final class GuestTransport extends XmlRpcTransportImpl {
    private static final int MAX_MESSAGE_CHARS = 1000;

    private final HttpClient http;
    private final GuestAgentClientConfig config;

    GuestTransport(XmlRpcClient client, HttpClient http, GuestAgentClientConfig config) {
        super(client);
        this.http = http;
        this.config = config;
    }

    @Override
    public Object sendRequest(XmlRpcRequest request) throws XmlRpcException {
        XmlRpcStreamRequestConfig streamConfig = (XmlRpcStreamRequestConfig) request.getConfig();
        HttpRequest.Builder post = HttpRequest.newBuilder(config.endpoint())
            .timeout(config.replyTimeout())
            .header("Content-Type", "text/xml; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(serialize(request, streamConfig)));
        if (!config.token().isEmpty()) {
            post.header("Authorization", "Bearer " + config.token());
        }
        HttpResponse<byte[]> response = exchange(post.build(), request.getMethodName());
        return parse(response, streamConfig, request.getMethodName());
    }

    private byte[] serialize(XmlRpcRequest request, XmlRpcStreamRequestConfig streamConfig) throws XmlRpcException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmlRpcWriter(streamConfig, getClient().getXmlWriterFactory().getXmlWriter(streamConfig, out),
                getClient().getTypeFactory()).write(request);
        } catch (SAXException e) {
            throw new XmlRpcException(GuestFault.INTERNAL_ERROR.code(), "cannot write the request: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> exchange(HttpRequest post, String method) throws XmlRpcException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(post, BoundedBody.handler(config.maxResponseBytes()));
        try {
            return future.get(config.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw fault(GuestFault.TIMEOUT, method + ": no complete reply within " + config.replyTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw fault(GuestFault.TIMEOUT, method + ": interrupted while waiting for the reply");
        } catch (ExecutionException e) {
            throw translate(e.getCause(), method);
        }
    }

    private XmlRpcException translate(Throwable cause, String method) {
        if (cause instanceof BoundedBody.TooLarge) {
            return fault(GuestFault.RESPONSE_TOO_LARGE, method + ": " + cause.getMessage() + "; it was not read");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return fault(GuestFault.CONNECTION_FAILED, method + ": cannot connect to " + config.endpoint() + " within "
                + config.connectTimeout().toMillis() + " ms");
        }
        if (cause instanceof HttpTimeoutException) {
            return fault(GuestFault.TIMEOUT, method + ": no reply within " + config.replyTimeout().toMillis() + " ms");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return fault(GuestFault.CERTIFICATE_MISMATCH, method + ": " + t.getMessage());
            }
        }
        String what = cause instanceof SSLException ? "TLS failure with " : "cannot reach ";
        return fault(GuestFault.CONNECTION_FAILED, method + ": " + what + config.endpoint() + ": " + cause);
    }

    private Object parse(HttpResponse<byte[]> response, XmlRpcStreamRequestConfig streamConfig, String method)
        throws XmlRpcException {
        CauseIgnoringResponseParser parser = new CauseIgnoringResponseParser(streamConfig, getClient().getTypeFactory());
        try {
            XMLReader reader = HardenedSax.newReader();
            reader.setContentHandler(parser);
            reader.parse(new InputSource(new ByteArrayInputStream(response.body())));
        } catch (SAXException | IOException | RuntimeException e) {
            if (response.statusCode() != 200) {
                throw fault(statusFault(response.statusCode()), method + ": HTTP status " + response.statusCode());
            }
            throw fault(GuestFault.MALFORMED_RESPONSE, method + ": the reply is not valid XML-RPC: " + HardenedSax.describe(e));
        }
        if (parser.isSuccess()) {
            if (response.statusCode() != 200) {
                throw fault(statusFault(response.statusCode()), method + ": HTTP status " + response.statusCode());
            }
            return parser.getResult();
        }
        return throwFault(parser);
    }

    private static Object throwFault(CauseIgnoringResponseParser parser) throws XmlRpcException {
        throw new XmlRpcException(parser.getErrorCode(), String.valueOf(parser.getErrorMessage()));
    }

    private static GuestFault statusFault(int status) {
        return switch (status) {
            case 401, 403 -> GuestFault.AUTHENTICATION_FAILED;
            case 413 -> GuestFault.REQUEST_TOO_LARGE;
            case 429 -> GuestFault.RATE_LIMITED;
            default -> GuestFault.MALFORMED_RESPONSE;
        };
    }

    private static XmlRpcException fault(GuestFault fault, String message) {
        return new XmlRpcException(fault.code(), printable(message));
    }

    /** A message from or about a guest, made safe to log and show: bounded, no control characters. */
    static String printable(String message) {
        String text = message == null ? "" : message.replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text;
    }
}

package org.vemanager.agent.guest.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.rpc.XmlRpcDispatcher;

/**
 * The one HTTP handler: rate limit, then authentication, then the size bound, and only then is
 * the body parsed (DESIGN.md: authenticated before parsed). Every refusal is an XML-RPC fault
 * with its stable code, sent with the matching HTTP status (429, 401, 413, 405).
 */
final class XmlRpcExchangeHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcExchangeHandler.class);
    /** How much of an oversized body we read and drop so the client sees our 413, not a reset. */
    private static final long MAX_DRAIN_BYTES = 4L << 20;

    private final XmlRpcDispatcher dispatcher;
    private final TokenAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final int maxRequestBytes;
    private final double rate;

    XmlRpcExchangeHandler(XmlRpcDispatcher dispatcher, TokenAuthenticator authenticator, RateLimiter rateLimiter,
                          int maxRequestBytes, double rate) {
        this.dispatcher = dispatcher;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.maxRequestBytes = maxRequestBytes;
        this.rate = rate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!rateLimiter.tryAcquire()) {
                refuse(exchange, 429, GuestFault.RATE_LIMITED,
                    "rate limit exceeded: the guest-agent accepts at most " + rate + " requests per second");
                return;
            }
            if (authenticator != null && !authenticator.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"vem-guest-agent\"");
                refuse(exchange, 401, GuestFault.AUTHENTICATION_FAILED, "authentication failed: missing or wrong token");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                refuse(exchange, 405, GuestFault.MALFORMED_REQUEST, "XML-RPC requests are POSTed");
                return;
            }
            byte[] body = readBounded(exchange.getRequestBody());
            if (body == null) {
                refuse(exchange, 413, GuestFault.REQUEST_TOO_LARGE,
                    "request too large: the guest-agent accepts at most " + maxRequestBytes + " bytes");
                return;
            }
            send(exchange, 200, dispatcher.handle(new ByteArrayInputStream(body)));
        } catch (IOException e) {
            LOG.debug("exchange with {} failed: {}", exchange.getRemoteAddress(), e.getMessage());
        }
    }

    /** The body, or null when it exceeds the bound (what we read of it is dropped). */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxRequestBytes) {
                drain(in, total);
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static void drain(InputStream in, long alreadyRead) throws IOException {
        byte[] buffer = new byte[8192];
        long read = alreadyRead;
        for (int n = in.read(buffer); n >= 0 && read < MAX_DRAIN_BYTES; n = in.read(buffer)) {
            read += n;
        }
    }

    private void refuse(HttpExchange exchange, int status, GuestFault fault, String message) throws IOException {
        LOG.info("refused a request from {}: {}", exchange.getRemoteAddress(), message);
        send(exchange, status, dispatcher.fault(fault, message));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

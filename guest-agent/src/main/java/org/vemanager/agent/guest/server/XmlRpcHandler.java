package org.vemanager.agent.guest.server;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.rpc.XmlRpcDispatcher;

/**
 * The one HTTP handler: rate limit, then authentication, then the size bound, and only then is
 * the body parsed (DESIGN.md: authenticated before parsed). Every refusal is an XML-RPC fault
 * with its stable code, sent with the matching HTTP status (429, 401, 405, 413). The checks and
 * the bounded body read never block a Jetty thread; the call itself (which may run a tool for
 * seconds) runs on the agent's own small worker pool.
 */
final class XmlRpcHandler extends Handler.Abstract.NonBlocking {
    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcHandler.class);

    private final XmlRpcDispatcher dispatcher;
    private final TokenAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final GuestAgentServer.Limits limits;
    private final Executor workers;

    XmlRpcHandler(XmlRpcDispatcher dispatcher, TokenAuthenticator authenticator, RateLimiter rateLimiter,
                  GuestAgentServer.Limits limits, Executor workers) {
        this.dispatcher = dispatcher;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.workers = workers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!rateLimiter.tryAcquire()) {
            refuse(request, response, callback, 429, GuestFault.RATE_LIMITED,
                "rate limit exceeded: the guest-agent accepts at most " + limits.ratePerSecond() + " requests per second");
        } else if (authenticator != null && !authenticator.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"vem-guest-agent\"");
            refuse(request, response, callback, 401, GuestFault.AUTHENTICATION_FAILED, "authentication failed: missing or wrong token");
        } else if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            refuse(request, response, callback, 405, GuestFault.MALFORMED_REQUEST, "XML-RPC requests are POSTed");
        } else if (request.getLength() > limits.maxRequestBytes()) {
            tooLarge(request, response, callback);
        } else {
            Content.Source.asByteArrayAsync(request, limits.maxRequestBytes()).whenComplete((body, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    // A chunked body over the bound fails with IllegalStateException ("Max size exceeded", Jetty 12.1);
                    // anything else is the connection failing. HostileInputTest sends such a body.
                    if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
                        tooLarge(request, response, callback);
                    } else {
                        callback.failed(failure);
                    }
                    return;
                }
                workers.execute(() -> send(response, callback, 200, dispatcher.handle(new ByteArrayInputStream(body))));
            });
        }
        return true;
    }

    private void tooLarge(Request request, Response response, Callback callback) {
        refuse(request, response, callback, 413, GuestFault.REQUEST_TOO_LARGE,
            "request too large: the guest-agent accepts at most " + limits.maxRequestBytes() + " bytes");
    }

    private void refuse(Request request, Response response, Callback callback, int status, GuestFault fault, String message) {
        LOG.info("refused a request from {}: {}", Request.getRemoteAddr(request), message);
        // The body of a refused request is never read, so the connection cannot carry another request
        // reliably: say so, or a client that pools connections sends its next call into a closing socket.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        send(response, callback, status, dispatcher.fault(fault, message));
    }

    private static void send(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml; charset=UTF-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

package org.vemanager.wbem.server.handler;

import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.vemanager.wbem.cimxml.ProtocolError;

/**
 * The first gate: at most {@code maxConcurrent} requests in the handlers below at once (others get
 * 503 with {@code Retry-After}, before any authentication or parsing work), and a declared body
 * larger than the limit is answered 413 with {@code CIMError: request-not-valid} unread.
 */
public final class LimitsHandler extends Handler.Wrapper {

    private final Semaphore permits;
    private final long maxBodyBytes;

    public LimitsHandler(Handler next, int maxConcurrent, long maxBodyBytes) {
        super(next);
        this.permits = new Semaphore(maxConcurrent);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > maxBodyBytes) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            HttpAnswers.protocolError(response, callback, ProtocolError.REQUEST_TOO_LARGE, "",
                "the body of " + declared + " bytes exceeds the limit of " + maxBodyBytes);
            return true;
        }
        if (!permits.tryAcquire()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            HttpAnswers.status(response, callback, 503);
            return true;
        }
        Callback release = Callback.from(callback, (Runnable) permits::release);
        try {
            if (super.handle(request, response, release)) {
                return true;
            }
            permits.release();
            return false;
        } catch (Exception | Error e) {
            permits.release();
            throw e;
        }
    }

    /** Permits free now (for tests and monitoring). */
    public int available() {
        return permits.availablePermits();
    }
}

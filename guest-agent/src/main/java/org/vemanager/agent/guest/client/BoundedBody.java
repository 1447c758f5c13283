package org.vemanager.agent.guest.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a reply body of at most {@code max} bytes; beyond that it cancels the subscription
 * (which closes the connection) and fails with {@link TooLarge}. A declared Content-Length over
 * the bound fails before a byte is read. Memory use is bounded by {@code max} whatever the guest sends.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The reply exceeded the bound. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("the reply is larger than " + max + " bytes");
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final long max;
    private final boolean declaredTooLarge;
    private Flow.Subscription subscription;

    private BoundedBody(long max, boolean declaredTooLarge) {
        this.max = max;
        this.declaredTooLarge = declaredTooLarge;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> new BoundedBody(max, info.headers().firstValueAsLong("Content-Length").orElse(-1) > max);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredTooLarge) {
            s.cancel();
            result.completeExceptionally(new TooLarge(max));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (body.size() + (long) buffer.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(max));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            body.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}

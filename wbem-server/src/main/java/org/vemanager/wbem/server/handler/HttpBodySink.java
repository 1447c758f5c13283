package org.vemanager.wbem.server.handler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.vemanager.wbem.cimxml.BodySink;

/**
 * Sends an encoded CIM-XML response through Jetty. At the first write the response commits: a
 * response that fits the buffer gets a Content-Length; a longer one streams chunked and, when the
 * client sent {@code TE: trailers}, keeps the right to report a late error in the
 * {@code CIMStatusCode}/{@code CIMStatusCodeDescription} trailers.
 */
final class HttpBodySink implements BodySink {

    private final Response response;
    private final boolean trailersAccepted;
    private final String headerPrefix;
    private final Consumer<Response> beforeCommit;
    private final HttpFields.Mutable trailers = HttpFields.build();
    private boolean committed;

    HttpBodySink(Response response, boolean trailersAccepted, String headerPrefix, Consumer<Response> beforeCommit) {
        this.response = response;
        this.trailersAccepted = trailersAccepted;
        this.headerPrefix = headerPrefix;
        this.beforeCommit = beforeCommit;
    }

    @Override
    public void write(ByteBuffer bytes, boolean last) throws IOException {
        if (!committed) {
            committed = true;
            beforeCommit.accept(response);
            if (last) {
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.remaining());
            } else if (trailersAccepted) {
                response.getHeaders().put(HttpHeader.TRAILER, headerPrefix + "CIMStatusCode, " + headerPrefix + "CIMStatusCodeDescription");
                response.setTrailersSupplier(() -> trailers);
            }
        }
        Content.Sink.write(response, last, bytes);
    }

    boolean trailersAccepted() {
        return trailersAccepted;
    }

    /** Ends a streamed response with an error in the trailers (only when {@link #trailersAccepted}). */
    void failWithTrailers(int code, String description) throws IOException {
        trailers.put(headerPrefix + "CIMStatusCode", Integer.toString(code));
        trailers.put(headerPrefix + "CIMStatusCodeDescription", HttpAnswers.safeHeader(description));
        Content.Sink.write(response, true, ByteBuffer.allocate(0));
    }
}

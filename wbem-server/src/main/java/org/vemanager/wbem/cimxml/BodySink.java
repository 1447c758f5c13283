package org.vemanager.wbem.cimxml;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where an encoded response goes: the HTTP response in the server, a byte array in tests. */
public interface BodySink {

    /**
     * Sends {@code bytes}; {@code last} marks the end of the body. The first call commits the
     * response: when it is also the last, the whole body is known (Content-Length); otherwise the body
     * streams (chunked). Blocks until the bytes are handed on.
     */
    void write(ByteBuffer bytes, boolean last) throws IOException;
}

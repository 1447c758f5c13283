package org.vemanager.wbem.cimxml;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A UTF-8 byte buffer that XML-escapes as it encodes and hands full buffers to a {@link BodySink},
 * so a response of any size streams in fixed memory. Characters XML 1.0 cannot carry at all (most
 * C0 controls, unpaired surrogates, U+FFFE/U+FFFF) are written as U+FFFD: a client's parser would
 * reject the whole document otherwise. Not thread-safe (one per response).
 */
public final class Utf8Output {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final BodySink sink;
    private final int flushThreshold;
    private byte[] buffer;
    private int length;
    private boolean committed;
    private boolean finished;

    /** @param flushThreshold bytes buffered before they are sent (the first send commits the response) */
    public Utf8Output(BodySink sink, int flushThreshold) {
        this.sink = sink;
        this.flushThreshold = flushThreshold;
        // Start small: most answers are a few KiB, and a big array per request costs its zeroing.
        this.buffer = new byte[Math.min(flushThreshold + 1024, 8 * 1024)];
    }

    /** Appends markup (element names, fixed attribute text) that needs no escaping. */
    public Utf8Output raw(String markup) {
        int n = markup.length();
        ensure(n * 3);
        for (int i = 0; i < n; i++) {
            char c = markup.charAt(i);
            if (c < 0x80) {
                buffer[length++] = (byte) c;
            } else {
                encode(markup, i, c);
            }
        }
        return this;
    }

    /** Appends character data or an attribute value, escaping {@code & < > " '} and CR/TAB/LF in attributes. */
    public Utf8Output escaped(String text, boolean attribute) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            ensure(16);
            char c = text.charAt(i);
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '"' -> ascii(attribute ? "&quot;" : "\"");
                case '\'' -> ascii(attribute ? "&apos;" : "'");
                // CR would be normalised away by the client's parser, TAB and LF too in attributes.
                case '\r' -> ascii("&#13;");
                case '\t' -> ascii(attribute ? "&#9;" : "\t");
                case '\n' -> ascii(attribute ? "&#10;" : "\n");
                default -> {
                    if (c >= 0x20 && c < 0x80) {
                        buffer[length++] = (byte) c;
                    } else if (c < 0x20) {
                        replacement();
                    } else {
                        i = encode(text, i, c);
                    }
                }
            }
        }
        return this;
    }

    /** Encodes the non-ASCII char at {@code i} (and its low surrogate); returns the last index consumed. */
    private int encode(String text, int i, char c) {
        ensure(4);
        if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | (c >> 6));
            buffer[length++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                buffer[length++] = (byte) (0xF0 | (cp >> 18));
                buffer[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (cp & 0x3F));
                return i + 1;
            }
            replacement();
        } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            replacement();
        } else {
            buffer[length++] = (byte) (0xE0 | (c >> 12));
            buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[length++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private void replacement() {
        ensure(3);
        System.arraycopy(REPLACEMENT, 0, buffer, length, 3);
        length += 3;
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buffer[length++] = (byte) s.charAt(i);
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, length + more)];
            System.arraycopy(buffer, 0, bigger, 0, length);
            buffer = bigger;
        }
    }

    /** Sends the buffer when it has reached the flush threshold (call between elements). */
    public void flushIfFull() throws IOException {
        if (length >= flushThreshold) {
            send(false);
        }
    }

    /** Sends what is buffered as the end of the body. */
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            send(true);
        }
    }

    /** True once bytes have left: a later failure can no longer replace the response. */
    public boolean isCommitted() {
        return committed;
    }

    /** Drops what is buffered and not yet sent (to write an ERROR instead); only before commit. */
    public void reset() {
        if (committed) {
            throw new IllegalStateException("the response is already committed");
        }
        length = 0;
    }

    /** The bytes buffered and not yet sent. */
    public int buffered() {
        return length;
    }

    private void send(boolean last) throws IOException {
        committed = true;
        // The sink blocks until it is done with the bytes, so the buffer is free again when it returns.
        sink.write(ByteBuffer.wrap(buffer, 0, length), last);
        length = 0;
    }
}

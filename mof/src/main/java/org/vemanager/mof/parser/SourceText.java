package org.vemanager.mof.parser;

import java.util.Arrays;

/**
 * The text of one MOF source (a file, a classpath resource or a string) and the name errors use
 * for it. Line starts are indexed only when an error needs a source line, so the happy path never
 * pays for them.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        // A byte order mark is not part of the MOF (DSP0221 allows one at the start of a file).
        this.text = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text of 1-based line {@code line} without its terminator, or "" when out of range. */
    public synchronized String line(int line) {
        if (lineStarts == null) {
            lineStarts = indexLines(text);
        }
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public String toString() {
        return name;
    }
}

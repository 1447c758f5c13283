package org.vemanager.mof;

/**
 * One MOF compilation error: where it is (file, 1-based line and column), what was wrong or
 * expected, and the offending source line so that {@link #format()} can point at it with a caret.
 *
 * @param file the source name as given to the compiler (a path, a resource name or a label)
 * @param line 1-based line number, 0 when the error concerns the whole file
 * @param column 1-based column number, 0 when unknown
 * @param message what was wrong, e.g. {@code expected ';' but found 'class'}
 * @param sourceLine the text of the line (without its line terminator), empty when unknown
 */
public record MofError(String file, int line, int column, String message, String sourceLine) {

    public MofError {
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    /** {@code file:line:col: message}, then the source line and a caret under the column. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(column).append(": ").append(message);
        if (!sourceLine.isEmpty()) {
            sb.append('\n').append(sourceLine).append('\n');
            // Tabs are kept under the caret so it lines up with the source line as a terminal shows it.
            for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
                sb.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return file + ':' + line + ':' + column + ": " + message;
    }
}

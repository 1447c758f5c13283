package org.vemanager.mof.parser;

/**
 * One token: its kind, its text (for a string or char16 literal: the value with escapes already
 * processed), the parsed value of a number literal, and where it starts.
 */
public record Token(TokenType type, String text, Object value, int line, int column) {

    /** True when this is an identifier equal to {@code keyword}, ignoring case. */
    public boolean is(String keyword) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    /** How an error message names this token: its text, or its kind for end of file. */
    public String describe() {
        return switch (type) {
            case EOF -> "end of file";
            case STRING -> "string \"" + abbreviate(text) + '"';
            case CHAR16 -> "char16 '" + text + '\'';
            default -> '\'' + text + '\'';
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }
}

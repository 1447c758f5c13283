package org.vemanager.wbem.query;

/**
 * One lexical token of a query.
 *
 * @param position 1-based character offset in the query text, for error messages
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        IDENTIFIER, STRING, NUMBER, SYMBOL, END
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "end of query";
            case STRING -> "string '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}

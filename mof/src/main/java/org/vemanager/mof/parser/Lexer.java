package org.vemanager.mof.parser;

import java.math.BigInteger;

/**
 * Splits MOF text into {@link Token}s (DSP0221 lexical rules): comments, identifiers, aliases,
 * integer literals (decimal, {@code 0x} hex, {@code b}-suffixed binary, {@code 0}-prefixed octal),
 * reals, strings and char16 literals with escapes, punctuation and {@code #pragma}.
 *
 * <p>Hand-written over the source string with no regular expressions: the DMTF schema is megabytes
 * of MOF and the lexer is the compiler's hot loop. Tracks the brace depth of the tokens it has
 * produced so that the parser can resynchronise after an error.
 */
public final class Lexer {

    private final SourceText source;
    private final String text;
    private final int length;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int braceDepth;

    public Lexer(SourceText source) {
        this.source = source;
        this.text = source.text();
        this.length = text.length();
    }

    public SourceText source() {
        return source;
    }

    /** How many '{' minus '}' have been returned so far. */
    public int braceDepth() {
        return braceDepth;
    }

    /** Forgets the brace depth: the parser has resynchronised at the top level. */
    public void resetBraceDepth() {
        braceDepth = 0;
    }

    /** The next token; an {@link TokenType#EOF} token at the end, again on every later call. */
    public Token next() {
        skipWhitespaceAndComments();
        if (pos >= length) {
            return new Token(TokenType.EOF, "", null, line, pos - lineStart + 1);
        }
        int start = pos;
        int column = pos - lineStart + 1;
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                braceDepth++;
                return punctuation(TokenType.LBRACE, "{", column);
            case '}':
                braceDepth--;
                return punctuation(TokenType.RBRACE, "}", column);
            case '[':
                return punctuation(TokenType.LBRACKET, "[", column);
            case ']':
                return punctuation(TokenType.RBRACKET, "]", column);
            case '(':
                return punctuation(TokenType.LPAREN, "(", column);
            case ')':
                return punctuation(TokenType.RPAREN, ")", column);
            case ',':
                return punctuation(TokenType.COMMA, ",", column);
            case ';':
                return punctuation(TokenType.SEMICOLON, ";", column);
            case ':':
                return punctuation(TokenType.COLON, ":", column);
            case '=':
                return punctuation(TokenType.EQUALS, "=", column);
            case '"':
                return string(column);
            case '\'':
                return char16(column);
            case '$':
                pos++;
                if (pos < length && isIdentifierStart(text.charAt(pos))) {
                    String name = identifierText();
                    return new Token(TokenType.ALIAS, name, null, line, column);
                }
                throw error(column, "expected an alias name after '$'");
            case '#':
                return pragma(column);
            default:
                break;
        }
        if (isIdentifierStart(c)) {
            return new Token(TokenType.IDENTIFIER, identifierText(), null, line, column);
        }
        if (isDigit(c) || c == '.' || ((c == '-' || c == '+') && pos + 1 < length
            && (isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '.'))) {
            return number(start, column);
        }
        pos++;
        throw error(column, "unexpected character '" + c + "'");
    }

    private Token punctuation(TokenType type, String text, int column) {
        pos++;
        return new Token(type, text, null, line, column);
    }

    private void skipWhitespaceAndComments() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                newLine();
            } else if (c == '\r') {
                pos++;
                if (pos < length && text.charAt(pos) == '\n') {
                    pos++;
                }
                newLine();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '/') {
                while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        pos += 2;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '*' && pos + 1 < length && text.charAt(pos + 1) == '/') {
                pos += 2;
                return;
            }
            pos++;
            if (c == '\n' || c == '\r' && (pos >= length || text.charAt(pos) != '\n')) {
                newLine();
            }
        }
        throw new MofSyntaxException(new Position(source, startLine, startColumn), "unterminated comment: expected '*/'");
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private String identifierText() {
        int start = pos;
        while (pos < length && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Token pragma(int column) {
        pos++;
        int start = pos;
        while (pos < length && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        if (!text.regionMatches(true, start, "pragma", 0, pos - start) || pos - start != 6) {
            throw error(column, "expected '#pragma'");
        }
        return new Token(TokenType.PRAGMA, "#pragma", null, line, column);
    }

    private Token string(int column) {
        pos++;
        int start = pos;
        StringBuilder sb = null;
        MofSyntaxException firstError = null;
        while (true) {
            if (pos >= length || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                throw error(column, "unterminated string: expected '\"' before the end of the line");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String value = sb == null ? text.substring(start, pos) : sb.append(text, start, pos).toString();
                pos++;
                if (firstError != null) {
                    throw firstError;
                }
                return new Token(TokenType.STRING, value, null, line, column);
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(text, start, pos);
                try {
                    sb.append(escape());
                } catch (MofSyntaxException e) {
                    firstError = firstError == null ? e : firstError;
                }
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private Token char16(int column) {
        pos++;
        char value;
        if (pos < length && text.charAt(pos) == '\\') {
            value = escape();
        } else if (pos < length && text.charAt(pos) != '\'' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            value = text.charAt(pos++);
        } else {
            throw error(column, "expected one character in a char16 literal");
        }
        if (pos >= length || text.charAt(pos) != '\'') {
            throw error(column, "unterminated char16 literal: expected '''");
        }
        pos++;
        return new Token(TokenType.CHAR16, String.valueOf(value), value, line, column);
    }

    /** At a backslash: reads one escape sequence and returns the character it stands for. */
    private char escape() {
        int column = pos - lineStart + 1;
        pos++;
        char c = pos < length ? text.charAt(pos) : '\0';
        pos++;
        switch (c) {
            case 'b':
                return '\b';
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'f':
                return '\f';
            case 'r':
                return '\r';
            case '"':
                return '"';
            case '\'':
                return '\'';
            case '\\':
                return '\\';
            case 'x':
            case 'X':
                return hexEscape(column);
            default:
                pos--;
                throw error(column, "invalid escape sequence '\\" + c
                    + "': expected one of \\b \\t \\n \\f \\r \\\" \\' \\\\ \\x<hex>");
        }
    }

    private char hexEscape(int column) {
        int value = 0;
        int digits = 0;
        while (digits < 4 && pos < length && Character.digit(text.charAt(pos), 16) >= 0) {
            value = value * 16 + Character.digit(text.charAt(pos), 16);
            pos++;
            digits++;
        }
        if (digits == 0) {
            throw error(column, "invalid escape sequence '\\x': expected 1 to 4 hex digits");
        }
        return (char) value;
    }

    private Token number(int start, int column) {
        boolean negative = text.charAt(pos) == '-';
        if (negative || text.charAt(pos) == '+') {
            pos++;
        }
        int digitsStart = pos;
        if (pos + 1 < length && text.charAt(pos) == '0' && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')) {
            pos += 2;
            int hexStart = pos;
            while (pos < length && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            return integer(start, column, text.substring(hexStart, pos), 16, negative);
        }
        while (pos < length && isDigit(text.charAt(pos))) {
            pos++;
        }
        char next = pos < length ? text.charAt(pos) : '\0';
        if (next == '.' || next == 'e' || next == 'E') {
            return real(start, column);
        }
        String digits = text.substring(digitsStart, pos);
        if ((next == 'b' || next == 'B') && isBinary(digits)) {
            pos++;
            return integer(start, column, digits, 2, negative);
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            return integer(start, column, digits.substring(1), 8, negative);
        }
        return integer(start, column, digits, 10, negative);
    }

    private Token real(int start, int column) {
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        checkNumberEnd(column);
        String literal = text.substring(start, pos);
        try {
            return new Token(TokenType.REAL, literal, Double.valueOf(literal), line, column);
        } catch (NumberFormatException e) {
            throw error(column, "malformed real number '" + literal + "'");
        }
    }

    private Token integer(int start, int column, String digits, int radix, boolean negative) {
        checkNumberEnd(column);
        String literal = text.substring(start, pos);
        if (digits.isEmpty()) {
            throw error(column, "malformed integer '" + literal + "'");
        }
        Object value;
        try {
            long v = Long.parseLong(digits, radix);
            value = negative ? -v : v;
        } catch (NumberFormatException tooLong) {
            try {
                BigInteger v = new BigInteger(digits, radix);
                value = negative ? v.negate() : v;
            } catch (NumberFormatException e) {
                throw error(column, "malformed integer '" + literal + "'");
            }
        }
        return new Token(TokenType.INTEGER, literal, value, line, column);
    }

    private void checkNumberEnd(int column) {
        if (pos < length && (isIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
            int start = pos;
            while (pos < length && (isIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            throw error(column, "malformed number: unexpected '" + text.substring(start, pos) + "'");
        }
    }

    private static boolean isBinary(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0' && digits.charAt(i) != '1') {
                return false;
            }
        }
        return !digits.isEmpty();
    }

    private MofSyntaxException error(int column, String message) {
        return new MofSyntaxException(new Position(source, line, column), message);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 0x7F && Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}

package org.vemanager.wbem.query;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.wbem.spi.CimException;

/** Splits query text into tokens; strings in single or double quotes, quote doubled to escape it. */
final class Lexer {

    private static final String[] SYMBOLS = {"::", "<>", "!=", "<=", ">=", "=", "<", ">", "(", ")", ",", ".", "*", "-", "+"};

    private final String text;
    private int index;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws CimException {
        return new Lexer(text).all();
    }

    private List<Token> all() throws CimException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            if (index >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws CimException {
        int start = index;
        char c = text.charAt(index);
        if (Character.isLetter(c) || c == '_') {
            while (index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_')) {
                index++;
            }
            return new Token(Token.Kind.IDENTIFIER, text.substring(start, index), start + 1);
        }
        if (Character.isDigit(c)) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, index)) {
                index += symbol.length();
                return new Token(Token.Kind.SYMBOL, symbol, start + 1);
            }
        }
        throw Query.invalid(start + 1, "unexpected character '" + c + "'");
    }

    private Token number(int start) {
        if (text.startsWith("0x", index) || text.startsWith("0X", index)) {
            index += 2;
            while (index < text.length() && Character.digit(text.charAt(index), 16) >= 0) {
                index++;
            }
            return new Token(Token.Kind.NUMBER, text.substring(start, index), start + 1);
        }
        while (index < text.length() && (Character.isDigit(text.charAt(index)) || text.charAt(index) == '.')) {
            index++;
        }
        if (index < text.length() && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            int mark = index++;
            if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
                index++;
            }
            if (index < text.length() && Character.isDigit(text.charAt(index))) {
                while (index < text.length() && Character.isDigit(text.charAt(index))) {
                    index++;
                }
            } else {
                index = mark;
            }
        }
        return new Token(Token.Kind.NUMBER, text.substring(start, index), start + 1);
    }

    private Token string(int start, char quote) throws CimException {
        StringBuilder value = new StringBuilder();
        index++;
        while (index < text.length()) {
            char c = text.charAt(index++);
            if (c == quote) {
                if (index < text.length() && text.charAt(index) == quote) {
                    value.append(quote);
                    index++;
                    continue;
                }
                return new Token(Token.Kind.STRING, value.toString(), start + 1);
            }
            value.append(c);
        }
        throw Query.invalid(start + 1, "string literal is not closed (expected " + quote + ")");
    }
}

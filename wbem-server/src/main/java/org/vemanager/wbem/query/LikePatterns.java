package org.vemanager.wbem.query;

import java.util.regex.Pattern;
import org.vemanager.wbem.spi.CimException;

/**
 * Turns a LIKE pattern into a regular expression that must match the whole value.
 *
 * <ul>
 *   <li>WQL: {@code %} any run of characters, {@code _} one character, {@code [abc]} / {@code [a-z]} /
 *       {@code [^abc]} a character set; every other character stands for itself (so {@code [%]} is a
 *       literal percent sign).</li>
 *   <li>DMTF:CQL (DSP0202's basic regular expressions): {@code .} one character, {@code *} zero or
 *       more of the preceding element, {@code [..]} a character set, {@code \x} the character x;
 *       every other character (including {@code %} and {@code _}) stands for itself.</li>
 * </ul>
 * Matching is case-sensitive, like every string comparison in a query.
 */
final class LikePatterns {

    private LikePatterns() {
    }

    static Pattern compile(QueryLanguage language, String pattern, int position) throws CimException {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[') {
                i = characterSet(pattern, i, regex, position);
                continue;
            }
            if (language == QueryLanguage.WQL) {
                regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
            } else if (c == '.' || c == '*') {
                if (c == '*' && (i == 0 || pattern.charAt(i - 1) == '*')) {
                    throw Query.invalid(position, "LIKE pattern '" + pattern + "': '*' must follow a character or set");
                }
                regex.append(c);
            } else if (c == '\\') {
                if (i + 1 >= pattern.length()) {
                    throw Query.invalid(position, "LIKE pattern '" + pattern + "' ends with an escape character '\\'");
                }
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Appends the set starting at {@code pattern[start] == '['}, returns the index after its ']'. */
    private static int characterSet(String pattern, int start, StringBuilder regex, int position) throws CimException {
        int end = pattern.indexOf(']', start + 2);
        if (end < 0) {
            throw Query.invalid(position, "LIKE pattern '" + pattern + "': character set '[' is not closed by ']'");
        }
        regex.append('[');
        for (int i = start + 1; i < end; i++) {
            char c = pattern.charAt(i);
            boolean meta = (c == '^' && i == start + 1) || (c == '-' && i > start + 1 && i < end - 1);
            regex.append(meta ? String.valueOf(c) : "\\x{" + Integer.toHexString(c) + "}");
        }
        regex.append(']');
        return end + 1;
    }
}

package org.vemanager.mof.parser;

/** {@code #pragma name ("value")}; {@code value} is null for a pragma without a parameter. */
public record Pragma(String name, String value, Position position) {
}

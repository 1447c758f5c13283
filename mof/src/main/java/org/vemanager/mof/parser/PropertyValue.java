package org.vemanager.mof.parser;

/** {@code Name = value;} inside an instance declaration. */
public record PropertyValue(String name, MofValue value, Position position) {
}

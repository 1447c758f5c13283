package org.vemanager.mof.parser;

/**
 * A qualifier as applied to an element: {@code Name}, {@code Name(value)}, {@code Name{…}}, with
 * optional {@code : flavor…}. {@code value} is null when no value was written.
 */
public record QualifierValue(String name, MofValue value, Flavors flavors, Position position) {
}

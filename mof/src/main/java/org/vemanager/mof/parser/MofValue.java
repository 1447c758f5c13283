package org.vemanager.mof.parser;

import java.util.List;

/**
 * A value as written in MOF, before it is given a CIM type: the compiler converts it once it knows
 * the type of the property, parameter or qualifier it initialises.
 */
public sealed interface MofValue {

    Position position();

    /** What kind of literal a {@link Scalar} is. */
    enum Kind { INTEGER, REAL, STRING, CHAR16, BOOLEAN, NULL }

    /**
     * One literal. {@code value} is a {@code Long} or {@code BigInteger} for INTEGER, a
     * {@code Double} for REAL, the unescaped (and concatenated) {@code String} for STRING, a
     * {@code Character} for CHAR16, a {@code Boolean} for BOOLEAN and {@code null} for NULL.
     */
    record Scalar(Kind kind, Object value, String literal, Position position) implements MofValue {
    }

    /** An array initializer {@code {a, b, …}}. */
    record Array(List<MofValue> elements, Position position) implements MofValue {
    }

    /** A reference to an instance declared with {@code as $name}. */
    record Alias(String name, Position position) implements MofValue {
    }
}

package org.vemanager.mof.parser;

import org.vemanager.mof.MofError;

/**
 * An error found at one position while lexing, parsing or building; the compiler collects it as a
 * {@link MofError} and goes on. Unchecked because it unwinds recursive-descent methods to the
 * point of recovery.
 */
public final class MofSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Position position;

    public MofSyntaxException(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    public Position position() {
        return position;
    }

    public MofError toError() {
        return position.error(getMessage());
    }
}

package org.vemanager.mof.parser;

import org.vemanager.mof.MofError;

/** Where something is in MOF source: the source and a 1-based line and column. */
public record Position(SourceText source, int line, int column) {

    /** An error at this position. */
    public MofError error(String message) {
        return new MofError(source.name(), line, column, message, source.line(line));
    }

    @Override
    public String toString() {
        return source.name() + ':' + line + ':' + column;
    }
}

package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.mof.MofError;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.Position;

/** Collects the errors of one compilation, in the order they were found. */
final class Errors {

    private final List<MofError> errors = new ArrayList<>();

    void add(MofError error) {
        errors.add(error);
    }

    void add(MofSyntaxException e) {
        errors.add(e.toError());
    }

    void add(Position position, String message) {
        errors.add(position.error(message));
    }

    /** How many errors so far; a declaration failed when this grew while it was built. */
    int count() {
        return errors.size();
    }

    List<MofError> list() {
        return errors;
    }
}

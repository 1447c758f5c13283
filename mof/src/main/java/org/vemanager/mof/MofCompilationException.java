package org.vemanager.mof;

import java.util.List;
import java.util.stream.Collectors;

/** A MOF compilation failed; carries every error found (never an empty list). */
public class MofCompilationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<MofError> errors;

    public MofCompilationException(List<MofError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a compilation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The errors in the order they were found. */
    public List<MofError> errors() {
        return errors;
    }

    private static String summary(List<MofError> errors) {
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
            + errors.stream().map(MofError::format).collect(Collectors.joining("\n"));
    }
}

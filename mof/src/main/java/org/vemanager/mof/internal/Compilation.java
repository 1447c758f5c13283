package org.vemanager.mof.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofError;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.parser.ClassDeclaration;
import org.vemanager.mof.parser.InstanceDeclaration;
import org.vemanager.mof.parser.MofParser;
import org.vemanager.mof.parser.MofSink;
import org.vemanager.mof.parser.Pragma;
import org.vemanager.mof.parser.QualifierTypeDeclaration;
import org.vemanager.mof.parser.SourceText;

/**
 * One run of the compiler: parses the sources in order (following {@code #pragma include}),
 * acts on the pragmas, hands declarations to the {@link RepositoryBuilder}, and at the end either
 * returns the repository or throws with every error found. Nothing is returned half-built.
 */
public final class Compilation implements MofSink {

    private final Errors errors = new Errors();
    private final RepositoryBuilder builder;
    /** The sources being read, innermost last: includes resolve against the top one, cycles are found here. */
    private final Deque<MofSource> stack = new ArrayDeque<>();

    private Compilation(String defaultNamespace) {
        this.builder = new RepositoryBuilder(defaultNamespace, errors);
    }

    /** Compiles {@code sources} in order into one repository. */
    public static MofRepository compile(List<MofSource> sources, String defaultNamespace) throws MofCompilationException {
        Compilation compilation = new Compilation(defaultNamespace);
        for (MofSource source : sources) {
            compilation.compileSource(source, null);
        }
        if (compilation.errors.count() > 0) {
            throw new MofCompilationException(compilation.errors.list());
        }
        return compilation.builder.build();
    }

    private void compileSource(MofSource source, Pragma includedBy) {
        SourceText text;
        try {
            text = source.read();
        } catch (NoSuchFileException e) {
            report(includedBy, source, "cannot read " + source.name() + ": no such file");
            return;
        } catch (IOException e) {
            report(includedBy, source, "cannot read " + source.name() + ": " + e.getMessage());
            return;
        }
        stack.addLast(source);
        try {
            new MofParser(text, this).mofSpecification();
        } finally {
            stack.removeLast();
        }
    }

    private void report(Pragma includedBy, MofSource source, String message) {
        if (includedBy != null) {
            errors.add(includedBy.position(), message);
        } else {
            errors.add(new MofError(source.name(), 0, 0, message, ""));
        }
    }

    @Override
    public void qualifierDeclaration(QualifierTypeDeclaration declaration) {
        builder.qualifierDeclaration(declaration);
    }

    @Override
    public void classDeclaration(ClassDeclaration declaration) {
        builder.classDeclaration(declaration);
    }

    @Override
    public void instanceDeclaration(InstanceDeclaration declaration) {
        builder.instanceDeclaration(declaration);
    }

    @Override
    public void error(MofError error) {
        errors.add(error);
    }

    /**
     * {@code include} and {@code namespace} are acted on; the other DSP0221 pragmas (locale,
     * instancelocale, nonlocal, nonlocaltype, source, sourcetype, …) are accepted and ignored:
     * they do not change what a single-namespace, single-locale repository holds.
     */
    @Override
    public void pragma(Pragma pragma) {
        switch (pragma.name().toLowerCase(Locale.ROOT)) {
            case "include" -> include(pragma);
            case "namespace" -> {
                if (pragma.value() == null || pragma.value().isBlank()) {
                    errors.add(pragma.position(), "#pragma namespace needs a namespace name, e.g. #pragma namespace (\"root/virt\")");
                } else {
                    builder.namespace(pragma.value());
                }
            }
            default -> {
                // accepted and ignored, see the method comment
            }
        }
    }

    private void include(Pragma pragma) {
        if (pragma.value() == null || pragma.value().isBlank()) {
            errors.add(pragma.position(), "#pragma include needs a file name, e.g. #pragma include (\"qualifiers.mof\")");
            return;
        }
        MofSource including = stack.getLast();
        Optional<MofSource> found = including.resolveInclude(pragma.value());
        if (found.isEmpty()) {
            errors.add(pragma.position(), "include file \"" + pragma.value() + "\" not found: looked next to " + including.name()
                + " and in the include directories");
            return;
        }
        MofSource source = found.get();
        for (MofSource open : stack) {
            if (open.identity().equals(source.identity())) {
                errors.add(pragma.position(), "include cycle: " + source.name() + " is already being compiled");
                return;
            }
        }
        compileSource(source, pragma);
    }
}

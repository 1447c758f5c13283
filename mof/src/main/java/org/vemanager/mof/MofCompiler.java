package org.vemanager.mof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vemanager.mof.internal.Compilation;
import org.vemanager.mof.internal.MofSource;

/**
 * Compiles DMTF MOF (DSP0221) into {@code javax.cim} qualifier types, classes (inheritance
 * resolved) and instances. A compilation either succeeds completely and returns an immutable
 * {@link MofRepository}, or throws {@link MofCompilationException} with every error found.
 *
 * <p>Not thread-safe while being configured; each {@code compile} call is independent.
 */
public final class MofCompiler {

    /** The namespace declarations go to until a {@code #pragma namespace} says otherwise. */
    public static final String DEFAULT_NAMESPACE = "root/cimv2";

    private String defaultNamespace = DEFAULT_NAMESPACE;
    private final List<Path> includeDirectories = new ArrayList<>();

    public MofCompiler() {
        // defaults: namespace root/cimv2, no extra include directories
    }

    public MofCompiler defaultNamespace(String namespace) {
        this.defaultNamespace = Objects.requireNonNull(namespace, "namespace");
        return this;
    }

    /** Adds a directory searched for {@code #pragma include} after the including file's own directory. */
    public MofCompiler includeDirectory(Path dir) {
        includeDirectories.add(Objects.requireNonNull(dir, "dir"));
        return this;
    }

    /** Compiles the files in order, into one repository. */
    public MofRepository compile(Path... files) throws MofCompilationException {
        List<MofSource> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(MofSource.file(Objects.requireNonNull(file, "file"), includeDirectories));
        }
        return Compilation.compile(sources, defaultNamespace);
    }

    /** Compiles a classpath resource; {@code #pragma include} resolves relative to it on the classpath. */
    public MofRepository compileResource(ClassLoader loader, String resourceName) throws MofCompilationException {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resourceName, "resourceName");
        MofSource source = MofSource.resource(loader, resourceName, includeDirectories);
        return Compilation.compile(List.of(source), defaultNamespace);
    }

    /** Compiles MOF text; {@code #pragma include} resolves via the include directories. */
    public MofRepository compile(String sourceName, String text) throws MofCompilationException {
        MofSource source = MofSource.text(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(text, "text"),
            includeDirectories);
        return Compilation.compile(List.of(source), defaultNamespace);
    }
}

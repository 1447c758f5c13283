package org.vemanager.mof.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vemanager.mof.parser.SourceText;

/**
 * Where MOF text comes from — a file, a classpath resource or a string — and how a
 * {@code #pragma include} inside it is found: relative to the including source first, then in the
 * include directories.
 */
public sealed interface MofSource {

    /** The name errors use. */
    String name();

    /** What identifies the source for include-cycle detection. */
    String identity();

    SourceText read() throws IOException;

    /** The source {@code #pragma include ("name")} means here, if it exists. */
    Optional<MofSource> resolveInclude(String include);

    static MofSource file(Path path, List<Path> includeDirectories) {
        return new FileSource(path, List.copyOf(includeDirectories));
    }

    static MofSource resource(ClassLoader loader, String resourceName, List<Path> includeDirectories) {
        return new ResourceSource(loader, resourceName.startsWith("/") ? resourceName.substring(1) : resourceName,
            List.copyOf(includeDirectories));
    }

    static MofSource text(String name, String text, List<Path> includeDirectories) {
        return new TextSource(name, text, List.copyOf(includeDirectories));
    }

    /** An include found in one of the include directories. */
    private static Optional<MofSource> inIncludeDirectories(String include, List<Path> includeDirectories) {
        for (Path dir : includeDirectories) {
            Path candidate = dir.resolve(include).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(new FileSource(candidate, includeDirectories));
            }
        }
        return Optional.empty();
    }

    /** MOF is UTF-8 (DSP0221); older files in Latin-1 are read as such rather than rejected. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF
                && bytes[1] == (byte) 0xFE)) {
                return new String(bytes, StandardCharsets.UTF_16);
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A MOF file. */
    record FileSource(Path path, List<Path> includeDirectories) implements MofSource {

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public SourceText read() throws IOException {
            return new SourceText(name(), decode(Files.readAllBytes(path)));
        }

        @Override
        public Optional<MofSource> resolveInclude(String include) {
            Path parent = path.getParent();
            Path candidate = (parent == null ? Path.of(include) : parent.resolve(include)).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(new FileSource(candidate, includeDirectories));
            }
            return inIncludeDirectories(include, includeDirectories);
        }
    }

    /** A MOF classpath resource. */
    record ResourceSource(ClassLoader loader, String resourceName, List<Path> includeDirectories) implements MofSource {

        @Override
        public String name() {
            return "classpath:" + resourceName;
        }

        @Override
        public String identity() {
            return name();
        }

        @Override
        public SourceText read() throws IOException {
            try (InputStream in = loader.getResourceAsStream(resourceName)) {
                if (in == null) {
                    throw new IOException("no such classpath resource");
                }
                return new SourceText(name(), decode(in.readAllBytes()));
            }
        }

        @Override
        public Optional<MofSource> resolveInclude(String include) {
            int slash = resourceName.lastIndexOf('/');
            String candidate = normalize((slash < 0 ? "" : resourceName.substring(0, slash + 1)) + include);
            if (candidate != null && loader.getResource(candidate) != null) {
                return Optional.of(new ResourceSource(loader, candidate, includeDirectories));
            }
            return inIncludeDirectories(include, includeDirectories);
        }

        /** Resolves "." and ".." in a resource path; null when it climbs above the classpath root. */
        private static String normalize(String path) {
            java.util.Deque<String> parts = new java.util.ArrayDeque<>();
            for (String part : path.split("/")) {
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return null;
                    }
                    parts.removeLast();
                } else {
                    parts.addLast(part);
                }
            }
            return String.join("/", parts);
        }
    }

    /** MOF given as a string; its includes come from the include directories only. */
    record TextSource(String name, String text, List<Path> includeDirectories) implements MofSource {

        @Override
        public String identity() {
            return "text:" + name;
        }

        @Override
        public SourceText read() {
            return new SourceText(name, text);
        }

        @Override
        public Optional<MofSource> resolveInclude(String include) {
            return inIncludeDirectories(include, includeDirectories);
        }
    }
}

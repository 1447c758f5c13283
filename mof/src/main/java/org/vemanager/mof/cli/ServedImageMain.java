package org.vemanager.mof.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vemanager.mof.ServedClasses;
import org.vemanager.mof.internal.RepositoryImage;

/**
 * Build step (mof/pom.xml, phase process-classes): compiles the served MOF and writes its binary image
 * ({@link ServedClasses#IMAGE}) under the given classes directory, so a node-agent loads the classes
 * without compiling. Runs inside Maven's JVM, so it neither exits the JVM nor installs the JVM-wide
 * serialization filter (it deserializes nothing); a failure is an exception that fails the build.
 */
public final class ServedImageMain {

    private ServedImageMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ServedImageMain CLASSES_DIR");
        }
        Path image = Path.of(args[0]).resolve(ServedClasses.IMAGE);
        Files.createDirectories(image.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(image))) {
            RepositoryImage.write(ServedClasses.compile(), out);
        }
    }
}

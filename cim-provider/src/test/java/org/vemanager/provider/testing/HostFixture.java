package org.vemanager.provider.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.wbem.spi.CimException;

/**
 * Opens a private libvirt test-driver host from a node XML fixture on the test classpath. The fixture is
 * written into the test's own directory (libvirt's test driver reads it from a file), with {@code @DIR@}
 * replaced by that directory so that storage pools and volumes a fixture declares live there too.
 */
public final class HostFixture {

    private HostFixture() {
    }

    /** Writes the classpath resource (e.g. {@code /hosts/small-host.xml}) into {@code dir}; returns the file. */
    public static Path write(Path dir, String resource) {
        try (InputStream in = HostFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toAbsolutePath().toString());
            return writeXml(dir, resource.substring(resource.lastIndexOf('/') + 1), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes literal node XML into {@code dir} under {@code fileName}; returns the file. */
    public static Path writeXml(Path dir, String fileName, String nodeXml) {
        try {
            return Files.writeString(dir.resolve(fileName), nodeXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects to libvirt's test driver on a node XML file. */
    public static Hypervisor open(Path file) throws CimException {
        return Hypervisor.open("test://" + file.toAbsolutePath());
    }
}

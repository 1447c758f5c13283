package org.vemanager.provider.libvirt.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vemanager.provider.libvirt.xml.capabilities.CapabilitiesXml;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;

/**
 * Every field of our libvirt XML model is filled by at least one fixture, so a mapped property that no
 * fixture exercises (and whose round trip is therefore untested) fails the build, as virt-manager's
 * test suite does for its XML properties.
 */
class MappedPropertiesExercisedTest {

    @Test
    void everyModelledFieldIsSetBySomeFixture() throws Exception {
        Set<String> declared = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        walk(DomainXml.parse(fixture("rich-qemu-domain.xml")), declared, seen);
        walk(DomainXml.parse(fixture("test-driver-default-domain.xml")), declared, seen);
        walk(CapabilitiesXml.parse(fixture("test-driver-capabilities.xml")
                .replace("<host>", "<host><uuid>00000000-0000-4000-8000-000000000000</uuid>")
                .replace("<arch>i686</arch>", "<arch>i686</arch><model>qemu64</model>")), declared, seen);

        declared.removeAll(seen);
        assertThat(declared).as("model fields no fixture sets").isEmpty();
    }

    private static void walk(Object node, Set<String> declared, Set<String> seen) throws IllegalAccessException {
        if (node == null || !node.getClass().getPackageName().startsWith("org.vemanager.provider.libvirt.xml")) {
            return;
        }
        for (Class<?> c = node.getClass(); c != Object.class && c != Extensible.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("otherAttributes")) {
                    continue;
                }
                String name = c.getSimpleName() + "." + field.getName();
                declared.add(name);
                Object value = field.get(node);
                if (value instanceof Collection<?> items) {
                    if (!items.isEmpty()) {
                        seen.add(name);
                    }
                    for (Object item : items) {
                        walk(item, declared, seen);
                    }
                } else if (value != null) {
                    seen.add(name);
                    walk(value, declared, seen);
                }
            }
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MappedPropertiesExercisedTest.class.getResourceAsStream("/xml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

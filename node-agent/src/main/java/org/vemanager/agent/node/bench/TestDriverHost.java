package org.vemanager.agent.node.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * A generated libvirt test-driver host with {@code n} small domains named {@code <prefix>-0000} …, every
 * third one defined but shut off and the rest running (the test driver starts listed domains running
 * unless {@code <test:runstate>} says otherwise). Used by the provider benchmark and the concurrency test:
 * each connection to the file is a private host (NOTES-libvirt.md).
 */
public final class TestDriverHost {

    private static final int RUNNING = 1;
    private static final int SHUT_OFF = 5;

    private TestDriverHost() {
    }

    /** The name of domain {@code i}. */
    public static String name(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-%04d", prefix, i);
    }

    /** Whether domain {@code i} starts out running (else it is shut off). */
    public static boolean startsRunning(int i) {
        return i % 3 != 2;
    }

    /** Writes the host file {@code <dir>/<prefix>-<n>.xml} and returns it. */
    public static Path write(Path dir, String prefix, int n) throws IOException {
        StringBuilder xml = new StringBuilder(n * 700 + 400);
        xml.append("<node>\n")
                .append("  <cpu><mhz>2400</mhz><model>x86_64</model><active>64</active><nodes>1</nodes>")
                .append("<sockets>1</sockets><cores>64</cores><threads>1</threads></cpu>\n")
                .append("  <memory>").append(1024L * 1024 * 1024).append("</memory>\n");
        for (int i = 0; i < n; i++) {
            UUID uuid = UUID.nameUUIDFromBytes((prefix + "-" + i).getBytes(StandardCharsets.UTF_8));
            xml.append(String.format(Locale.ROOT, """
                      <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                        <name>%s</name><uuid>%s</uuid>
                        <memory unit='MiB'>%d</memory><currentMemory unit='MiB'>%d</currentMemory>
                        <vcpu placement='static'>%d</vcpu>
                        <os><type arch='x86_64'>hvm</type></os>
                        <devices>
                          <disk type='file' device='disk'><source file='/var/lib/vem/%s.img'/><target dev='vda' bus='virtio'/></disk>
                          <interface type='network'><mac address='52:54:00:%02x:%02x:%02x'/><source network='default'/></interface>
                          <graphics type='vnc' port='-1' autoport='yes'/>
                        </devices>
                        <test:runstate>%d</test:runstate>
                      </domain>
                    """, name(prefix, i), uuid, 256 + 256 * (i % 4), 256 + 256 * (i % 4), 1 + i % 4, name(prefix, i),
                    (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff, startsRunning(i) ? RUNNING : SHUT_OFF));
        }
        xml.append("  <network><name>default</name><bridge name='virbr0'/><forward mode='nat'/>")
                .append("<ip address='192.168.122.1' netmask='255.255.255.0'/></network>\n")
                .append("</node>\n");
        Path file = dir.resolve(prefix + "-" + n + ".xml");
        Files.writeString(file, xml);
        return file;
    }
}

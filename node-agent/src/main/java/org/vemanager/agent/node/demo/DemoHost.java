package org.vemanager.agent.node.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A generated libvirt test-driver host for the demo: a handful of VMs in varied states, a
 * directory storage pool and a NAT network. The file is the whole host: a node-agent connects with
 * {@code test:///<file>} and gets its own private copy (see NOTES-libvirt.md), so three files make
 * three independent hosts.
 */
public final class DemoHost {

    /** libvirt's virDomainState values the test driver accepts in {@code <test:runstate>}. */
    private static final int RUNNING = 1;
    private static final int PAUSED = 3;
    private static final int SHUT_OFF = 5;

    private record Vm(String name, int vcpus, int memoryMiB, int runState, boolean managedSave) {
    }

    private static final List<List<Vm>> VMS_PER_NODE = List.of(
            List.of(new Vm("web-1", 2, 2048, RUNNING, false), new Vm("web-2", 2, 2048, RUNNING, false),
                    new Vm("db-1", 4, 8192, RUNNING, false), new Vm("build", 4, 4096, SHUT_OFF, false),
                    new Vm("cache", 1, 1024, PAUSED, false)),
            List.of(new Vm("mail", 2, 4096, RUNNING, false), new Vm("ldap", 1, 1024, RUNNING, false),
                    new Vm("backup", 2, 2048, SHUT_OFF, true), new Vm("test-rig", 1, 512, SHUT_OFF, false)),
            List.of(new Vm("analytics", 8, 16384, RUNNING, false), new Vm("queue", 2, 2048, PAUSED, false),
                    new Vm("legacy-app", 1, 1024, SHUT_OFF, false), new Vm("monitor", 1, 512, RUNNING, false)));

    private DemoHost() {
    }

    /** How many distinct demo hosts exist. */
    public static int count() {
        return VMS_PER_NODE.size();
    }

    /**
     * Writes host number {@code index} (0-based) into {@code dir} and returns the host file. The
     * storage pool's directory is created beside it.
     */
    public static Path write(Path dir, int index) throws IOException {
        String node = "node" + (index + 1);
        Path poolDir = Files.createDirectories(dir.resolve(node + "-images"));
        StringBuilder xml = new StringBuilder();
        xml.append("<node>\n")
                .append("  <cpu><mhz>2400</mhz><model>x86_64</model><active>16</active><nodes>1</nodes>")
                .append("<sockets>1</sockets><cores>16</cores><threads>1</threads></cpu>\n")
                .append("  <memory>").append(64L * 1024 * 1024).append("</memory>\n");
        int vmIndex = 0;
        for (Vm vm : VMS_PER_NODE.get(index)) {
            xml.append(domain(vm, uuid(index, vmIndex++), node + "-lan"));
        }
        xml.append("  <pool type='dir'><name>").append(node).append("-images</name>")
                .append("<capacity unit='GiB'>500</capacity><allocation unit='GiB'>0</allocation>")
                .append("<target><path>").append(poolDir).append("</path></target></pool>\n")
                .append("  <network><name>").append(node).append("-lan</name>")
                .append("<bridge name='virbr").append(10 + index).append("'/><forward mode='nat'/>")
                .append("<ip address='192.168.").append(120 + index).append(".1' netmask='255.255.255.0'/></network>\n")
                .append("</node>\n");
        Path file = dir.resolve(node + ".xml");
        Files.writeString(file, xml);
        return file;
    }

    private static String domain(Vm vm, UUID uuid, String network) {
        return String.format(Locale.ROOT, """
                  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                    <name>%s</name><uuid>%s</uuid>
                    <memory unit='MiB'>%d</memory><currentMemory unit='MiB'>%d</currentMemory>
                    <vcpu placement='static' current='%d'>%d</vcpu>
                    <os><type arch='x86_64'>hvm</type></os>
                    <devices>
                      <disk type='file' device='disk'><source file='/var/lib/vem/%s.img'/><target dev='vda' bus='virtio'/></disk>
                      <interface type='network'><source network='%s'/><model type='virtio'/></interface>
                      <graphics type='vnc' port='-1' autoport='yes'/>
                    </devices>
                    <test:runstate>%d</test:runstate>%s
                  </domain>
                """, vm.name(), uuid, vm.memoryMiB(), vm.memoryMiB(), vm.vcpus(), Math.max(vm.vcpus(), 8),
                vm.name(), network, vm.runState(), vm.managedSave() ? "<test:hasmanagedsave>yes</test:hasmanagedsave>" : "");
    }

    /** Stable UUIDs, so a demo's VMs keep their names in CIM paths from one run to the next. */
    private static UUID uuid(int node, int vm) {
        return UUID.nameUUIDFromBytes(("vem-demo-node" + node + "-vm" + vm).getBytes(StandardCharsets.UTF_8));
    }
}

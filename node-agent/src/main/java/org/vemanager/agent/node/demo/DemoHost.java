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
 * directory storage pool holding each VM's disk as a qcow2 volume (plus a spare base image), a NAT
 * network, and snapshots on some VMs (one with a two-level tree), so every view of the console has
 * something real to show. The file is the whole host: a node-agent connects with
 * {@code test:///<file>} and gets its own private copy (see NOTES-libvirt.md), so three files make
 * three independent hosts.
 */
public final class DemoHost {

    /** libvirt's virDomainState values the test driver accepts in {@code <test:runstate>}. */
    private static final int RUNNING = 1;
    private static final int PAUSED = 3;
    private static final int SHUT_OFF = 5;

    private record Vm(String name, int vcpus, int memoryMiB, int runState, boolean managedSave, List<String> snapshots) {
        Vm(String name, int vcpus, int memoryMiB, int runState, boolean managedSave) {
            this(name, vcpus, memoryMiB, runState, managedSave, List.of());
        }

        String volume() {
            return name + ".qcow2";
        }
    }

    /** Each VM's disk: its capacity, and how much of it the guest has written (the volume's allocation). */
    private static final int DISK_GIB = 20;
    private static final int DISK_USED_GIB = 3;
    /** A spare image in every pool, for a new VM's disk or a volume to delete. */
    private static final String BASE_IMAGE = "debian-12-base.qcow2";
    private static final int BASE_IMAGE_GIB = 2;
    /** Snapshot creation times: 2026-11-01 00:00 UTC, then a day apart, so the tree reads in order. */
    private static final long FIRST_SNAPSHOT_EPOCH = 1_761_955_200L;

    private static final List<List<Vm>> VMS_PER_NODE = List.of(
            List.of(new Vm("web-1", 2, 2048, RUNNING, false), new Vm("web-2", 2, 2048, RUNNING, false),
                    new Vm("db-1", 4, 8192, RUNNING, false, List.of("installed", "schema-v2", "before-upgrade")),
                    new Vm("build", 4, 4096, SHUT_OFF, false),
                    new Vm("cache", 1, 1024, PAUSED, false)),
            List.of(new Vm("mail", 2, 4096, RUNNING, false, List.of("before-migration")), new Vm("ldap", 1, 1024, RUNNING, false),
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
        String pool = node + "-images";
        List<Vm> vms = VMS_PER_NODE.get(index);
        int vmIndex = 0;
        for (Vm vm : vms) {
            xml.append(domain(vm, uuid(index, vmIndex++), pool, node + "-lan"));
        }
        xml.append("  <pool type='dir'><name>").append(pool).append("</name>")
                .append("<capacity unit='GiB'>500</capacity><allocation unit='GiB'>")
                .append(vms.size() * DISK_USED_GIB + BASE_IMAGE_GIB).append("</allocation>")
                .append("<target><path>").append(poolDir).append("</path></target>\n");
        for (Vm vm : vms) {
            xml.append(volume(vm.volume(), DISK_GIB, DISK_USED_GIB));
        }
        xml.append(volume(BASE_IMAGE, BASE_IMAGE_GIB, BASE_IMAGE_GIB))
                .append("  </pool>\n")
                .append("  <network><name>").append(node).append("-lan</name>")
                .append("<bridge name='virbr").append(10 + index).append("'/><forward mode='nat'/>")
                .append("<ip address='192.168.").append(120 + index).append(".1' netmask='255.255.255.0'/></network>\n")
                .append("</node>\n");
        Path file = dir.resolve(node + ".xml");
        Files.writeString(file, xml);
        return file;
    }

    private static String volume(String name, int capacityGiB, int allocationGiB) {
        return String.format(Locale.ROOT, "    <volume><name>%s</name><capacity unit='GiB'>%d</capacity>"
                + "<allocation unit='GiB'>%d</allocation></volume>%n", name, capacityGiB, allocationGiB);
    }

    private static String domain(Vm vm, UUID uuid, String pool, String network) {
        String definition = definition(vm, uuid, pool, network, "    ");
        return String.format(Locale.ROOT, """
                  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                %s    <test:runstate>%d</test:runstate>%s
                %s  </domain>
                """, definition, vm.runState(), vm.managedSave() ? "<test:hasmanagedsave>yes</test:hasmanagedsave>" : "",
                snapshots(vm, uuid, pool, network));
    }

    /** The domain's name, sizes and devices: the body of its definition, also saved with each snapshot. */
    private static String definition(Vm vm, UUID uuid, String pool, String network, String indent) {
        return String.format(Locale.ROOT, """
                <name>%s</name><uuid>%s</uuid>
                <memory unit='MiB'>%d</memory><currentMemory unit='MiB'>%d</currentMemory>
                <vcpu placement='static' current='%d'>%d</vcpu>
                <os><type arch='x86_64'>hvm</type></os>
                <devices>
                  <disk type='volume' device='disk'><driver name='qemu' type='qcow2'/>
                    <source pool='%s' volume='%s'/><target dev='vda' bus='virtio'/></disk>
                  <interface type='network'><source network='%s'/><model type='virtio'/></interface>
                  <graphics type='vnc' port='-1' autoport='yes'/>
                </devices>
                """, vm.name(), uuid, vm.memoryMiB(), vm.memoryMiB(), vm.vcpus(), Math.max(vm.vcpus(), 8),
                pool, vm.volume(), network).indent(indent.length());
    }

    /**
     * The VM's snapshots as a chain, each the child of the one before; the last is the current one. Each
     * saves the domain as it is now (a demo needs a tree to look at, not a history of resizes).
     */
    private static String snapshots(Vm vm, UUID uuid, String pool, String network) {
        StringBuilder out = new StringBuilder();
        String parent = null;
        for (int i = 0; i < vm.snapshots().size(); i++) {
            String name = vm.snapshots().get(i);
            boolean current = i == vm.snapshots().size() - 1;
            out.append("    <test:domainsnapshot>\n")
                    .append("      <name>").append(name).append("</name>")
                    .append("<active>").append(current ? 1 : 0).append("</active>")
                    .append("<state>").append(vm.runState() == RUNNING ? "running" : "shutoff").append("</state>")
                    .append("<creationTime>").append(FIRST_SNAPSHOT_EPOCH + i * 86_400L).append("</creationTime>\n");
            if (parent != null) {
                out.append("      <parent><name>").append(parent).append("</name></parent>\n");
            }
            out.append("      <domain type='test'>\n")
                    .append(definition(vm, uuid, pool, network, "        "))
                    .append("      </domain>\n")
                    .append("    </test:domainsnapshot>\n");
            parent = name;
        }
        return out.toString();
    }

    /** Stable UUIDs, so a demo's VMs keep their names in CIM paths from one run to the next. */
    private static UUID uuid(int node, int vm) {
        return UUID.nameUUIDFromBytes(("vem-demo-node" + node + "-vm" + vm).getBytes(StandardCharsets.UTF_8));
    }
}

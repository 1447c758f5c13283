package org.vemanager.agent.node.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.Domain;

class DemoMainTest {

    @Test
    void mainRefusesEveryDeserializationInItsProcess() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("payload")));
        }

        assertThat(DemoMain.run("--help")).isZero();

        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void everyDemoHostIsAPrivateTestDriverHostWithVmsInVariedStates(@TempDir Path dir) throws Exception {
        for (int i = 0; i < DemoHost.count(); i++) {
            Path host = DemoHost.write(dir, i);
            Connect connection = new Connect("test://" + host.toAbsolutePath());
            try {
                int running = connection.numOfDomains();
                int defined = connection.numOfDefinedDomains();
                assertThat(running).as("node %d has running (or paused) VMs", i + 1).isPositive();
                assertThat(defined).as("node %d has VMs that are off", i + 1).isPositive();
                assertThat(connection.listStoragePools()).hasSize(1);
                assertThat(connection.listNetworks()).hasSize(1);
            } finally {
                connection.close();
            }
            assertThat(Files.isDirectory(dir.resolve("node" + (i + 1) + "-images"))).isTrue();
        }
    }

    @Test
    void everyDemoDiskIsAVolumeOfItsNodesPoolBesideASpareImage(@TempDir Path dir) throws Exception {
        for (int i = 0; i < DemoHost.count(); i++) {
            Connect connection = new Connect("test://" + DemoHost.write(dir, i).toAbsolutePath());
            try {
                String pool = "node" + (i + 1) + "-images";
                List<String> volumes = List.of(connection.storagePoolLookupByName(pool).listVolumes());
                List<String> domains = new ArrayList<>(List.of(connection.listDefinedDomains()));
                for (int id : connection.listDomains()) {
                    domains.add(connection.domainLookupByID(id).getName());
                }
                assertThat(volumes).hasSize(domains.size() + 1).contains("debian-12-base.qcow2");
                for (String name : domains) {
                    assertThat(volumes).contains(name + ".qcow2");
                    assertThat(connection.domainLookupByName(name).getXMLDesc(0))
                            .contains("<source pool='" + pool + "' volume='" + name + ".qcow2'/>");
                }
            } finally {
                connection.close();
            }
        }
    }

    @Test
    void theDemoHasASnapshotTreeWhoseLastSnapshotIsCurrent(@TempDir Path dir) throws Exception {
        Connect connection = new Connect("test://" + DemoHost.write(dir, 0).toAbsolutePath());
        try {
            Domain db = connection.domainLookupByName("db-1");
            assertThat(db.snapshotListNames()).containsExactlyInAnyOrder("installed", "schema-v2", "before-upgrade");
            assertThat(db.snapshotCurrent().getXMLDesc()).contains("<name>before-upgrade</name>")
                    .contains("<parent>").contains("<name>schema-v2</name>");
            assertThat(db.snapshotLookupByName("installed").getXMLDesc()).doesNotContain("<parent>");
            assertThat(connection.domainLookupByName("web-1").snapshotNum()).isZero();
        } finally {
            connection.close();
        }
    }
}

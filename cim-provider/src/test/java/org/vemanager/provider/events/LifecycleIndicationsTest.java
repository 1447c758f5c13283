package org.vemanager.provider.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.VirtHost;

class LifecycleIndicationsTest {

    private static final String UUID = "44444444-0000-4000-8000-000000000001";
    private static final String DOMAIN = """
            <domain type='test'>
              <name>fresh</name>
              <uuid>44444444-0000-4000-8000-000000000001</uuid>
              <memory unit='MiB'>128</memory>
              <vcpu>1</vcpu>
              <os><type arch='x86_64'>hvm</type></os>
            </domain>""";

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    private static int enabledState(CIMInstance indication, String property) {
        CIMInstance system = (CIMInstance) indication.getPropertyValue(property);
        return ((Number) system.getPropertyValue("EnabledState")).intValue();
    }

    @Test
    void defineStartStopUndefineArriveOnceEachInOrder() throws Exception {
        List<CIMInstance> published = new CopyOnWriteArrayList<>();
        VirtHost virtHost = new VirtHost(host.hypervisor(), host.jobs());
        try (LifecycleIndications indications = new LifecycleIndications(virtHost, new ComputerSystemProvider(virtHost),
                (ns, indication) -> published.add(indication))) {
            indications.start();
            // one change at a time, as a client would make them: each is read when its event is handled
            host.hypervisor().call("define", c -> c.domainDefineXML(DOMAIN).free());
            awaitCount(published, 1);
            host.hypervisor().onDomain(UUID, "start", d -> {
                d.create();
                return null;
            });
            awaitCount(published, 2);
            host.hypervisor().onDomain(UUID, "destroy", d -> {
                d.destroy();
                return null;
            });
            awaitCount(published, 3);
            host.hypervisor().onDomain(UUID, "undefine", d -> {
                d.undefine();
                return null;
            });
            awaitCount(published, 4);
            Thread.sleep(200); // a fifth, duplicate indication would have arrived by now
        }
        assertThat(published).extracting(CIMInstance::getClassName).containsExactly(LifecycleIndications.CREATION,
                LifecycleIndications.MODIFICATION, LifecycleIndications.MODIFICATION, LifecycleIndications.DELETION);
        assertThat(enabledState(published.get(0), "SourceInstance")).isEqualTo(3);
        assertThat(enabledState(published.get(1), "SourceInstance")).isEqualTo(2);
        assertThat(enabledState(published.get(1), "PreviousInstance")).isEqualTo(3);
        assertThat(enabledState(published.get(2), "SourceInstance")).isEqualTo(3);
        assertThat(enabledState(published.get(2), "PreviousInstance")).isEqualTo(2);
        assertThat(((CIMInstance) published.get(3).getPropertyValue("SourceInstance")).getPropertyValue("Name")).isEqualTo(UUID);
    }

    @Test
    void aChangedDefinitionReportsEachChangedAddedAndRemovedRasd() throws Exception {
        List<CIMInstance> published = new CopyOnWriteArrayList<>();
        host.hypervisor().call("define", c -> c.domainDefineXML(DOMAIN).free());
        VirtHost virtHost = host.virtHost();
        try (LifecycleIndications indications = new LifecycleIndications(virtHost, new ComputerSystemProvider(virtHost),
                (ns, indication) -> published.add(indication))) {
            indications.start();
            // 256 MiB instead of 128, and a disk added, by a redefinition as any libvirt client may make
            String changed = DOMAIN.replace("<memory unit='MiB'>128</memory>", "<memory unit='MiB'>256</memory>")
                    .replace("</os>", "</os><devices><disk type='file' device='disk'><source file='" + host.dir().resolve("d.img")
                            + "'/><target dev='vdb' bus='virtio'/></disk></devices>");
            host.hypervisor().call("redefine", c -> c.domainDefineXML(changed).free());
            awaitCount(published, 3);
            Thread.sleep(200); // a fourth indication (an unchanged RASD reported) would have arrived by now
        }
        assertThat(published).extracting(i -> i.getClassName() + " " + ((CIMInstance) i.getPropertyValue("SourceInstance")).getClassName())
                .containsExactly(LifecycleIndications.MODIFICATION + " VEM_ComputerSystem",
                        LifecycleIndications.MODIFICATION + " VEM_MemoryRASD", LifecycleIndications.CREATION + " VEM_DiskRASD");
        CIMInstance memory = published.get(1);
        assertThat(((Number) ((CIMInstance) memory.getPropertyValue("PreviousInstance")).getPropertyValue("Limit")).longValue())
                .isEqualTo(128);
        assertThat(((Number) ((CIMInstance) memory.getPropertyValue("SourceInstance")).getPropertyValue("Limit")).longValue())
                .isEqualTo(256);
        assertThat(((CIMInstance) published.get(2).getPropertyValue("SourceInstance")).getPropertyValue("InstanceID"))
                .isEqualTo("VEM:" + UUID + "/disk/vdb");
    }

    private static void awaitCount(List<CIMInstance> published, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (published.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

}

package org.vemanager.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.profile.resourcepool.CapabilityTemplates;
import org.vemanager.provider.profile.resourcepool.ResourcePools;
import org.vemanager.provider.profile.snapshot.SnapshotSettings;
import org.vemanager.provider.profile.snapshot.VirtualSystemSnapshotServiceProvider;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * Every instance the resource, snapshot and metric providers produce — and the snapshot VSSDs and RASD
 * templates they hand to other providers — against the classes the server serves: class exists, every
 * property declared with the same type and key flag.
 */
class ResourceClassConformanceTest {

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    @Test
    void everyPropertyWeProduceIsDeclaredWithTheSameType() throws CimException {
        MofRepository served = ServedClasses.load();
        List<String> problems = new ArrayList<>();
        List<CIMInstance> produced = new ArrayList<>();
        host.sampler().sampleNow();
        host.sampler().sampleNow();
        new StoragePools(host.hypervisor()).createVolume("empty", "extent.img", 1L << 20);
        CIMInstance settings = new InstanceBuilder(CimNames.NAMESPACE, CimNames.VSSD).key("InstanceID", "x")
                .string("ElementName", "s1").build();
        host.invoke(host.only(VirtualSystemSnapshotServiceProvider.CLASS), "CreateSnapshot",
                new CIMArgument<>("AffectedSystem", new CIMDataType(CimNames.COMPUTER_SYSTEM), InstanceBuilder.path(CimNames.NAMESPACE,
                        CimNames.COMPUTER_SYSTEM, InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM),
                        InstanceBuilder.stringKey("Name", "11111111-0000-4000-8000-000000000001"))),
                new CIMArgument<>("SnapshotSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("SnapshotType", CIMDataType.UINT16_T, new UnsignedInteger16(2)));
        for (String className : ResourceProviders.providers(new VirtHost(host.hypervisor(), host.jobs()), host.sampler()).stream()
                .flatMap(p -> p.classNames().stream()).toList()) {
            produced.addAll(host.enumerate(className));
        }
        VirtHost virtHost = new VirtHost(host.hypervisor(), host.jobs());
        produced.addAll(new SnapshotSettings(virtHost).all());
        for (String role : new String[] {"Minimum", "Maximum", "Default", "Increment"}) {
            for (String pool : new String[] {"processor/host", "memory/host", "storage/images", "network/default"}) {
                produced.add(new CapabilityTemplates(new ResourcePools(virtHost)).find("VEM:pool/" + pool + "/template/" + role)
                        .orElseThrow());
            }
        }
        assertThat(produced).extracting(CIMInstance::getClassName).contains("VEM_BaseMetricValue", "VEM_SnapshotOfVirtualSystem",
                CimNames.VSSD, CimNames.PROCESSOR_RASD, "VEM_HostProcessor", "VEM_HostMemory", "VEM_HostStorageExtent",
                "VEM_ConcreteComponent");
        for (CIMInstance instance : produced) {
            CIMClass cimClass = served.getClass(CimNames.NAMESPACE, instance.getClassName());
            if (cimClass == null) {
                problems.add(instance.getClassName() + ": not served in " + CimNames.NAMESPACE);
                continue;
            }
            ServedClassCheck.check(cimClass, instance, problems);
        }
        assertThat(problems).isEmpty();
    }
}

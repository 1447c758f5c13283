package org.vemanager.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.ProfileDeclaration;

class ResourceProvidersTest {

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    @Test
    void registersNextToTheVirtualSystemProvidersWithoutClashAndDeclaresItsProfiles() throws CimException {
        // ResourceHost registers both entry points into one registry that rejects a class registered twice
        assertThat(host.profiles()).extracting(ProfileDeclaration::registeredName).containsSubsequence(
                "System Virtualization", "Allocation Capabilities", "Processor Resource Virtualization",
                "Memory Resource Virtualization", "Storage Resource Virtualization", "Ethernet Port Resource Virtualization",
                "Base Metrics");
        assertThat(host.profiles()).extracting(ProfileDeclaration::centralClassName).contains("VEM_ProcessorPool", "VEM_MemoryPool",
                "VEM_DiskPool", "VEM_NetworkPool", "VEM_AllocationCapabilities");
        for (String className : new String[] {"VEM_ProcessorPool", "VEM_MemoryPool", "VEM_DiskPool", "VEM_NetworkPool",
            "VEM_ResourcePoolConfigurationCapabilities", "VEM_HostedResourcePool", "VEM_ElementAllocatedFromPool",
            "VEM_ResourceAllocationFromPool", "VEM_AllocationCapabilities", "VEM_SettingsDefineCapabilities",
            "VEM_ResourcePoolConfigurationService", "VEM_VirtualSystemSnapshotService",
            "VEM_VirtualSystemSnapshotServiceCapabilities", "VEM_SnapshotOfVirtualSystem", "VEM_LastAppliedSnapshot",
            "VEM_MostCurrentSnapshotInBranch", "VEM_BaseMetricDefinition", "VEM_BaseMetricValue", "VEM_MetricDefForME",
            "VEM_MetricInstance", "VEM_MetricForME"}) {
            assertThat(host.provider(className).classNames()).contains(className);
        }
    }
}

package org.vemanager.provider;

import java.util.List;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.resourceallocation.ControllerRasdProvider;
import org.vemanager.provider.profile.resourceallocation.DiskRasdProvider;
import org.vemanager.provider.profile.resourceallocation.GraphicsRasdProvider;
import org.vemanager.provider.profile.resourceallocation.InputRasdProvider;
import org.vemanager.provider.profile.resourceallocation.MemoryRasdProvider;
import org.vemanager.provider.profile.resourceallocation.NetworkPortRasdProvider;
import org.vemanager.provider.profile.resourceallocation.ProcessorRasdProvider;
import org.vemanager.provider.profile.resourceallocation.VirtualSystemSettingDataComponentProvider;
import org.vemanager.provider.profile.systemvirtualization.ElementCapabilitiesProvider;
import org.vemanager.provider.profile.systemvirtualization.HostSystemProvider;
import org.vemanager.provider.profile.systemvirtualization.HostedDependencyProvider;
import org.vemanager.provider.profile.systemvirtualization.HostedServiceProvider;
import org.vemanager.provider.profile.systemvirtualization.VirtualSystemManagement;
import org.vemanager.provider.profile.systemvirtualization.VirtualSystemManagementCapabilitiesProvider;
import org.vemanager.provider.profile.systemvirtualization.VirtualSystemManagementServiceProvider;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.profile.virtualsystem.DeviceProvider;
import org.vemanager.provider.profile.virtualsystem.ElementSettingDataProvider;
import org.vemanager.provider.profile.virtualsystem.EnabledLogicalElementCapabilitiesProvider;
import org.vemanager.provider.profile.virtualsystem.LogicalDiskProvider;
import org.vemanager.provider.profile.virtualsystem.MemoryProvider;
import org.vemanager.provider.profile.virtualsystem.NetworkPortProvider;
import org.vemanager.provider.profile.virtualsystem.ProcessorProvider;
import org.vemanager.provider.profile.virtualsystem.SettingsDefineStateProvider;
import org.vemanager.provider.profile.virtualsystem.SystemDeviceProvider;
import org.vemanager.provider.profile.virtualsystem.VirtualSystemSettingDataProvider;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.Jobs;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Registers every virtualization provider of one host in {@value CimNames#NAMESPACE}, and the profiles
 * they implement: System Virtualization 1.0.0 (DSP1042, central class VEM_HostSystem), Virtual System
 * 1.0.0 (DSP1057, central class VEM_ComputerSystem) and Resource Allocation 1.1.0 (DSP1041, central
 * class VEM_VirtualSystemSettingData — its RASDs hang off it). Allocation Capabilities (DSP1043) and
 * the resource virtualization profiles (DSP1044/1045/1047/1050) are declared by
 * {@link ResourceProviders}, which serves the pools.
 */
public final class VirtualizationProviders {

    /** References its component profiles by name; those registered by ResourceProviders are linked once registered. */
    public static final ProfileDeclaration SYSTEM_VIRTUALIZATION = new ProfileDeclaration("System Virtualization", "1.0.0",
            CimNames.NAMESPACE, CimNames.HOST_SYSTEM, List.of("Virtual System", "Resource Allocation", "Allocation Capabilities",
                    "Processor Resource Virtualization", "Memory Resource Virtualization", "Storage Resource Virtualization",
                    "Ethernet Port Resource Virtualization"));
    /**
     * References Job Control (DSP1103, registered by the server's job service): RequestStateChange answers
     * 4096 with a job for Shut Down and Offline.
     */
    public static final ProfileDeclaration VIRTUAL_SYSTEM = new ProfileDeclaration("Virtual System", "1.0.0",
            CimNames.NAMESPACE, CimNames.COMPUTER_SYSTEM, List.of("Job Control"));
    public static final ProfileDeclaration RESOURCE_ALLOCATION = new ProfileDeclaration("Resource Allocation", "1.1.0",
            CimNames.NAMESPACE, CimNames.VSSD, List.of());

    private VirtualizationProviders() {
    }

    /** Registers with the job service the registry's context offers. */
    public static void register(ProviderRegistry registry, Hypervisor hypervisor) {
        register(registry, hypervisor, registry.context().jobs());
    }

    /** Registers with an explicit job service. */
    public static void register(ProviderRegistry registry, Hypervisor hypervisor, Jobs jobs) {
        register(registry, new VirtHost(hypervisor, jobs));
    }

    /**
     * Registers the providers of {@code host}; the other parts of the same host ({@link ResourceProviders},
     * guests) must be registered with the same {@link VirtHost}, whose extensions carry what they add to
     * the classes served here (services, capabilities, snapshots, capability templates), and every change
     * to a domain's definition goes through its one {@link VirtHost#editor() editor}, whose per-domain
     * locks keep concurrent edits from overwriting each other.
     */
    public static void register(ProviderRegistry registry, VirtHost host) {
        for (Provider provider : providers(host)) {
            registry.register(CimNames.NAMESPACE, provider);
        }
        registry.registerProfile(SYSTEM_VIRTUALIZATION);
        registry.registerProfile(VIRTUAL_SYSTEM);
        registry.registerProfile(RESOURCE_ALLOCATION);
    }

    /**
     * Every provider of one host, wired to the lookups they share; adds the host's own links to
     * {@code host}'s extensions, so call it once per host.
     */
    public static List<Provider> providers(VirtHost host) {
        HostSystemProvider hostSystem = new HostSystemProvider(host);
        ComputerSystemProvider systems = new ComputerSystemProvider(host);
        VirtualSystemSettingDataProvider settings = new VirtualSystemSettingDataProvider(host);
        VirtualSystemManagementCapabilitiesProvider managementCapabilities = new VirtualSystemManagementCapabilitiesProvider(host);
        EnabledLogicalElementCapabilitiesProvider systemCapabilities = new EnabledLogicalElementCapabilitiesProvider(host);
        VirtualSystemManagementServiceProvider service = new VirtualSystemManagementServiceProvider(host,
                new VirtualSystemManagement(host, systems, settings));
        List<DeviceProvider> devices = List.of(new ProcessorProvider(host), new MemoryProvider(host), new LogicalDiskProvider(host),
                new NetworkPortProvider(host));
        host.extensions().addHostedServices(LinkSource.single(hostSystem::path, service::path))
                .addElementCapabilities(LinkSource.single(hostSystem::path, managementCapabilities::path))
                .addElementCapabilities(ElementCapabilitiesProvider.ofSystems(host, systems, systemCapabilities));
        List<Provider> providers = new java.util.ArrayList<>(List.of(
                hostSystem, systems, settings, managementCapabilities, systemCapabilities, service,
                new HostedServiceProvider(host, host.extensions().hostedServices()),
                new HostedDependencyProvider(host, hostSystem, systems),
                new ElementCapabilitiesProvider(host, host.extensions().elementCapabilities()),
                new SettingsDefineStateProvider(host, systems, settings, devices),
                new ElementSettingDataProvider(host, systems, settings),
                new SystemDeviceProvider(host, systems, devices, host.extensions().systemDevices()),
                new VirtualSystemSettingDataComponentProvider(host, settings),
                new ProcessorRasdProvider(host), new MemoryRasdProvider(host), new DiskRasdProvider(host),
                new NetworkPortRasdProvider(host), new GraphicsRasdProvider(host), new InputRasdProvider(host),
                new ControllerRasdProvider(host)));
        providers.addAll(devices);
        return List.copyOf(providers);
    }
}

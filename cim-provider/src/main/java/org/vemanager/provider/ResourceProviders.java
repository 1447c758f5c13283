package org.vemanager.provider;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.events.LifecycleIndications;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.hostresource.BasedOnProvider;
import org.vemanager.provider.profile.hostresource.ConcreteComponentProvider;
import org.vemanager.provider.profile.hostresource.HostDeviceLinks;
import org.vemanager.provider.profile.hostresource.HostDeviceProvider;
import org.vemanager.provider.profile.hostresource.HostMemoryProvider;
import org.vemanager.provider.profile.hostresource.HostProcessorProvider;
import org.vemanager.provider.profile.hostresource.HostStorageExtentProvider;
import org.vemanager.provider.profile.metrics.BaseMetricDefinitionProvider;
import org.vemanager.provider.profile.metrics.BaseMetricValueProvider;
import org.vemanager.provider.profile.metrics.MetricAssociationProvider;
import org.vemanager.provider.profile.metrics.Metrics;
import org.vemanager.provider.profile.metrics.MetricsSampler;
import org.vemanager.provider.profile.resourcepool.AllocationCapabilitiesProvider;
import org.vemanager.provider.profile.resourcepool.CapabilityTemplates;
import org.vemanager.provider.profile.resourcepool.ElementAllocatedFromPoolProvider;
import org.vemanager.provider.profile.resourcepool.HostedResourcePoolProvider;
import org.vemanager.provider.profile.resourcepool.ResourceAllocationFromPoolProvider;
import org.vemanager.provider.profile.resourcepool.PoolCapabilitiesLinks;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.profile.resourcepool.ResourcePoolConfigurationCapabilitiesProvider;
import org.vemanager.provider.profile.resourcepool.ResourcePoolConfigurationServiceProvider;
import org.vemanager.provider.profile.resourcepool.ResourcePoolProvider;
import org.vemanager.provider.profile.resourcepool.ResourcePools;
import org.vemanager.provider.profile.resourcepool.SettingsDefineCapabilitiesProvider;
import org.vemanager.provider.profile.snapshot.CurrentSnapshotProvider;
import org.vemanager.provider.profile.snapshot.SnapshotOfVirtualSystemProvider;
import org.vemanager.provider.profile.snapshot.SnapshotResources;
import org.vemanager.provider.profile.snapshot.SnapshotSettings;
import org.vemanager.provider.profile.snapshot.VirtualSystemSnapshotServiceCapabilitiesProvider;
import org.vemanager.provider.profile.snapshot.VirtualSystemSnapshotServiceProvider;
import org.vemanager.provider.profile.systemvirtualization.HostSystemProvider;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.profile.virtualsystem.LogicalDiskProvider;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Registers the providers of pools (and the host's processors, memory and volumes they are made of),
 * allocation capabilities, snapshots and metrics of one host in
 * {@value CimNames#NAMESPACE}, next to {@link VirtualizationProviders}, and the profiles they implement.
 * Resource Allocation (DSP1041) itself is declared by {@link VirtualizationProviders}; its pool part is
 * served here.
 */
public final class ResourceProviders {

    public static final ProfileDeclaration ALLOCATION_CAPABILITIES = new ProfileDeclaration("Allocation Capabilities", "1.0.0",
            CimNames.NAMESPACE, AllocationCapabilitiesProvider.CLASS, List.of());
    public static final ProfileDeclaration PROCESSOR = device("Processor Resource Virtualization", PoolKind.PROCESSOR);
    public static final ProfileDeclaration MEMORY = device("Memory Resource Virtualization", PoolKind.MEMORY);
    public static final ProfileDeclaration STORAGE = device("Storage Resource Virtualization", PoolKind.STORAGE);
    public static final ProfileDeclaration ETHERNET = device("Ethernet Port Resource Virtualization", PoolKind.NETWORK);

    public static final ProfileDeclaration BASE_METRICS = new ProfileDeclaration("Base Metrics", "1.0.0",
            CimNames.NAMESPACE, Metrics.DEFINITION, List.of());

    private ResourceProviders() {
    }

    /** A resource virtualization profile: its central instances are the pools of its kind. */
    private static ProfileDeclaration device(String name, PoolKind kind) {
        return new ProfileDeclaration(name, "1.0.0", CimNames.NAMESPACE, kind.className(),
                List.of("Allocation Capabilities", "Resource Allocation"));
    }

    /**
     * Registers the providers of pools, capabilities, snapshots and metrics of {@code host}, which must be
     * the {@link VirtHost} the virtualization providers were registered with
     * ({@link VirtualizationProviders#register(ProviderRegistry, VirtHost)}): its extensions carry the
     * snapshots and capability templates to the VSSD and RASD providers, and the pool and snapshot
     * services to VEM_HostedService and VEM_ElementCapabilities.
     *
     * @return the metrics sampler the metric providers read; its owner starts it on a scheduled executor
     *     ({@link MetricsSampler#start}) and stops it at shutdown
     */
    public static MetricsSampler register(ProviderRegistry registry, VirtHost host) {
        MetricsSampler sampler = new MetricsSampler(host);
        for (Provider provider : providers(host, sampler)) {
            registry.register(CimNames.NAMESPACE, provider);
        }
        for (ProfileDeclaration profile : profiles()) {
            registry.registerProfile(profile);
        }
        return sampler;
    }

    /**
     * The lifecycle indication source of the host (CIM_InstCreation/InstModification/InstDeletion of
     * VEM_ComputerSystem), publishing to the registry's indication service; its owner calls
     * {@link LifecycleIndications#start()} after the server is up and closes it at shutdown.
     */
    public static LifecycleIndications lifecycleIndications(ProviderRegistry registry, VirtHost host) {
        return new LifecycleIndications(host, new ComputerSystemProvider(host), registry.context().indications());
    }

    /**
     * The profiles these providers implement end to end, which are the ones registered: Allocation
     * Capabilities (DSP1043), the four resource virtualization profiles (DSP1044 processor, DSP1045
     * memory, DSP1047 storage, DSP1050 Ethernet port; central instances are the pools of their kind) and
     * Base Metrics (DSP1053). The snapshot service is served but no snapshot profile is registered: we
     * could not confirm that DMTF published one (docs/conformance.md).
     */
    public static List<ProfileDeclaration> profiles() {
        return List.of(ALLOCATION_CAPABILITIES, PROCESSOR, MEMORY, STORAGE, ETHERNET, BASE_METRICS);
    }

    /**
     * Every provider of this part of the host profile, wired to the lookups they share; adds what they
     * contribute to the classes the virtualization providers serve to {@code host}'s extensions, so call
     * it once per host.
     */
    public static List<Provider> providers(VirtHost host, MetricsSampler sampler) {
        HostSystemProvider hostSystem = new HostSystemProvider(host);
        ResourcePools pools = new ResourcePools(host);
        AllocationCapabilitiesProvider capabilities = new AllocationCapabilitiesProvider(pools);
        CapabilityTemplates templates = new CapabilityTemplates(pools);
        ResourcePoolConfigurationServiceProvider poolService = new ResourcePoolConfigurationServiceProvider(pools);
        ResourcePoolConfigurationCapabilitiesProvider poolServiceCapabilities = new ResourcePoolConfigurationCapabilitiesProvider(host);
        List<Provider> providers = new ArrayList<>(List.of(
                new ResourcePoolProvider(pools),
                new HostedResourcePoolProvider(pools, hostSystem),
                new ElementAllocatedFromPoolProvider(pools),
                new ResourceAllocationFromPoolProvider(pools),
                capabilities,
                new SettingsDefineCapabilitiesProvider(pools, capabilities, templates),
                poolService, poolServiceCapabilities));
        SnapshotSettings snapshots = new SnapshotSettings(host);
        ComputerSystemProvider systems = new ComputerSystemProvider(host);
        VirtualSystemSnapshotServiceProvider snapshotService = new VirtualSystemSnapshotServiceProvider(snapshots, systems);
        VirtualSystemSnapshotServiceCapabilitiesProvider snapshotServiceCapabilities =
                new VirtualSystemSnapshotServiceCapabilitiesProvider(snapshots, snapshotService);
        providers.addAll(List.of(snapshotService, snapshotServiceCapabilities,
                new SnapshotOfVirtualSystemProvider(snapshots, systems),
                CurrentSnapshotProvider.lastApplied(snapshots, systems),
                CurrentSnapshotProvider.mostCurrentInBranch(snapshots, systems)));
        SnapshotResources snapshotResources = new SnapshotResources(snapshots);
        host.extensions()
                .addSettings(templates)
                .addSettings(snapshots)
                .addSettings(snapshotResources)
                .addSettingComponents(snapshotResources)
                .addHostedServices(LinkSource.single(hostSystem::path, poolService::path))
                .addHostedServices(LinkSource.single(hostSystem::path, snapshotService::path))
                .addElementCapabilities(LinkSource.single(poolService::path, poolServiceCapabilities::path))
                .addElementCapabilities(LinkSource.single(snapshotService::path, snapshotServiceCapabilities::path))
                .addElementCapabilities(new PoolCapabilitiesLinks(pools, capabilities));
        HostStorageExtentProvider volumes = new HostStorageExtentProvider(host, pools.storagePools());
        List<HostDeviceProvider> hostDevices = List.of(new HostProcessorProvider(host), new HostMemoryProvider(host), volumes);
        providers.addAll(hostDevices);
        providers.add(new ConcreteComponentProvider(pools, hostDevices));
        providers.add(new BasedOnProvider(host, volumes, new LogicalDiskProvider(host)));
        host.extensions().addSystemDevices(new HostDeviceLinks(hostSystem, hostDevices));
        Metrics metrics = new Metrics(host, sampler, hostSystem, systems);
        providers.addAll(List.of(new BaseMetricDefinitionProvider(metrics), new BaseMetricValueProvider(metrics),
                new MetricAssociationProvider(metrics, MetricAssociationProvider.DEF_FOR_ME),
                new MetricAssociationProvider(metrics, MetricAssociationProvider.INSTANCE),
                new MetricAssociationProvider(metrics, MetricAssociationProvider.FOR_ME)));
        return List.copyOf(providers);
    }
}

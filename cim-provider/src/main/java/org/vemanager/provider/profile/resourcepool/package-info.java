/**
 * Resource pools of one host and how they are allocated and configured:
 *
 * <ul>
 * <li>Resource Allocation 1.1.0 (DSP1041), pool part: VEM_ResourcePool, VEM_HostedResourcePool,
 * VEM_ElementAllocatedFromPool, VEM_ResourceAllocationFromPool, VEM_ResourcePoolConfigurationService
 * (CreateChildResourcePool, DeleteResourcePool).</li>
 * <li>Allocation Capabilities 1.0.0 (DSP1043): VEM_AllocationCapabilities per pool and
 * VEM_SettingsDefineCapabilities to in-memory RASD templates (Minimum, Maximum, Default,
 * Increment).</li>
 * <li>Processor Resource Virtualization 1.0.0 (DSP1044) and Memory Resource Virtualization 1.0.0
 * (DSP1045): the host's primordial processor and memory pools.</li>
 * <li>Storage Resource Virtualization 1.0.0 (DSP1047): one pool per libvirt storage pool.</li>
 * <li>Ethernet Port Resource Virtualization 1.0.0 (DSP1050): one pool per libvirt virtual network.</li>
 * </ul>
 *
 * <p>Pool keys: InstanceID {@code VEM:pool/<kind>/<name>} with kind processor, memory, storage or
 * network; the processor and memory pools are named {@code host}. See {@link
 * org.vemanager.provider.profile.resourcepool.ResourcePools} for Capacity and Reserved.
 */
package org.vemanager.provider.profile.resourcepool;

/**
 * DMTF DSP1042 System Virtualization Profile 1.0.0: the host (VEM_HostSystem, the profile's scoping
 * instance), its VirtualSystemManagementService with DefineSystem, DestroySystem, ModifySystemSettings,
 * AddResourceSettings, ModifyResourceSettings and RemoveResourceSettings, its
 * VirtualSystemManagementCapabilities, and the associations HostedService, HostedDependency (host ↔ each
 * virtual system) and ElementCapabilities (host ↔ VSMC; also each virtual system ↔ its
 * EnabledLogicalElementCapabilities for DSP1057).
 *
 * <p>Every VSMS method runs synchronously (defining a domain is a quick libvirt call) and answers 0.
 * Bad input never becomes a return code alone: the DSP1042 methods have no error output parameter, so a
 * client would learn nothing from a bare "4 Invalid Parameter". Instead the call fails with
 * CIM_ERR_INVALID_PARAMETER and a message naming the parameter, the array index and the property
 * ({@code ResourceSettings[1]: VirtualQuantity must be between 1 and 4096 vCPUs, not 0}), and the
 * domain's definition is left as it was.
 */
package org.vemanager.provider.profile.systemvirtualization;

/**
 * DMTF DSP1057 Virtual System Profile 1.0.0: each libvirt domain as a VEM_ComputerSystem (Name = UUID,
 * ElementName = domain name) with its state and RequestStateChange, its VirtualSystemSettingData, its
 * EnabledLogicalElementCapabilities, its logical devices (VEM_Processor per vCPU, VEM_Memory,
 * VEM_LogicalDisk, VEM_NetworkPort) and the associations SettingsDefineState, ElementSettingData and
 * SystemDevice.
 *
 * <p>Which configuration is shown where: the VSSD and its RASDs show the domain's persistent definition
 * (what the next start uses, and what every VSMS method edits), so a change is visible at once even where
 * the hypervisor cannot apply it live; the logical devices show the live configuration of a running
 * domain.
 */
package org.vemanager.provider.profile.virtualsystem;

/**
 * The host's own resources as CIM elements, the parts its pools are made of:
 *
 * <ul>
 * <li>Processor Resource Virtualization 1.0.0 (DSP1044): VEM_HostProcessor, one per logical CPU of
 * libvirt's node information, components of the primordial processor pool;</li>
 * <li>Memory Resource Virtualization 1.0.0 (DSP1045): VEM_HostMemory, the host's memory, component of
 * the primordial memory pool;</li>
 * <li>Storage Resource Virtualization 1.0.0 (DSP1047): VEM_HostStorageExtent, one per volume of an
 * active libvirt storage pool (DeviceID {@code pool/volume}), components of that pool.</li>
 * </ul>
 *
 * <p>Each is a device of the host (VEM_SystemDevice from VEM_HostSystem, contributed through the
 * host's extensions) and a part of its pool (VEM_ConcreteComponent); a volume is the base of each
 * virtual disk whose image it is (VEM_BasedOn to VEM_LogicalDisk). Keys: SystemCreationClassName =
 * VEM_HostSystem, SystemName = the host's Name, CreationClassName, DeviceID. Node information is read
 * with {@code virNodeGetInfo}, never with the capabilities call (many seconds on a QEMU host).
 */
package org.vemanager.provider.profile.hostresource;

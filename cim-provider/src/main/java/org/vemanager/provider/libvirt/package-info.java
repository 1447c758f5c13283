/**
 * The native edge: one {@link org.vemanager.provider.libvirt.Hypervisor} per host around a single
 * libvirt-java {@code Connect}, the only place where {@code LibvirtException} becomes a
 * {@code CimException} ({@link org.vemanager.provider.libvirt.LibvirtErrors}), the process-wide libvirt
 * event loop ({@link org.vemanager.provider.libvirt.EventLoop}) and fetch → edit → redefine of domain
 * configurations ({@link org.vemanager.provider.libvirt.DomainConfigEditor}).
 */
package org.vemanager.provider.libvirt;

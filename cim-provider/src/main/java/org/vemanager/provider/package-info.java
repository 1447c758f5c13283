/**
 * The virtualization providers of VE-manager: {@link org.vemanager.provider.VirtualizationProviders} is
 * the one entry point the node-agent calls to register them over a
 * {@link org.vemanager.provider.libvirt.Hypervisor}.
 */
package org.vemanager.provider;

package org.vemanager.provider.support;

import java.util.List;

/**
 * Who the host is, read once from libvirt.
 *
 * @param name the host's CIM Name: its SMBIOS UUID from the capabilities when libvirt reports one, else
 *     the host name
 * @param hostName libvirt's {@code virConnectGetHostname}
 * @param driver the hypervisor driver ({@code virConnectGetType}: QEMU, Xen, LXC, TEST, …)
 * @param uri the libvirt URI
 * @param domainTypes the domain types the capabilities offer (kvm, qemu, test, …)
 */
public record HostIdentity(String name, String hostName, String driver, String uri, List<String> domainTypes) {

    public HostIdentity {
        domainTypes = List.copyOf(domainTypes);
    }
}

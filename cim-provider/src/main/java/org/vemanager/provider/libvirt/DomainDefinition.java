package org.vemanager.provider.libvirt;

/**
 * A domain's identity and persistent definition (VIR_DOMAIN_XML_INACTIVE), without its run state: what a
 * listing of every domain's configuration reads in one pass ({@link Hypervisor#definitions}).
 */
public record DomainDefinition(String uuid, String name, String persistentXml) {
}

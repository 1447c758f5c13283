package org.vemanager.provider.libvirt;

/** A domain's identity alone: what a listing that needs neither state nor XML reads. */
public record DomainName(String uuid, String name) {
}

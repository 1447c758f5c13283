package org.vemanager.provider.libvirt;

import org.libvirt.DomainInfo.DomainState;

/**
 * What one read of a domain tells: its identity, run state and its two XML descriptions.
 *
 * @param state libvirt's run state
 * @param managedSaveImage whether a managed-save image exists (the domain is saved to disk)
 * @param persistentXml the definition used at next start (VIR_DOMAIN_XML_INACTIVE)
 * @param liveXml the running configuration; equal to {@code persistentXml} when the domain is off
 */
public record DomainView(String uuid, String name, DomainState state, boolean managedSaveImage, String persistentXml,
        String liveXml) {

    public boolean active() {
        return state != DomainState.VIR_DOMAIN_SHUTOFF;
    }

    public DomainStatus status() {
        return new DomainStatus(uuid, name, state, managedSaveImage);
    }

    public DomainDefinition definition() {
        return new DomainDefinition(uuid, name, persistentXml);
    }
}

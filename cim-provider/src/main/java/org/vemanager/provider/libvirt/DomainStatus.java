package org.vemanager.provider.libvirt;

import org.libvirt.DomainInfo.DomainState;

/**
 * A domain's identity and run state, without its XML: what a listing of every domain reads in one pass
 * ({@link Hypervisor#statuses}).
 *
 * @param state libvirt's run state
 * @param managedSaveImage whether a managed-save image exists (the domain is saved to disk)
 */
public record DomainStatus(String uuid, String name, DomainState state, boolean managedSaveImage) {

    /** libvirt-java 0.5.2 knows no state above CRASHED (e.g. PMSUSPENDED = 7): those read as NOSTATE. */
    static DomainState state(int libvirtState) {
        DomainState[] known = DomainState.values();
        return libvirtState >= 0 && libvirtState < known.length ? known[libvirtState] : DomainState.VIR_DOMAIN_NOSTATE;
    }
}

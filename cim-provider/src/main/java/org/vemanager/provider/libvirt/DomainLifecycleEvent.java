package org.vemanager.provider.libvirt;

/**
 * A domain lifecycle change reported by libvirt (virConnectDomainEventRegisterAny with
 * VIR_DOMAIN_EVENT_ID_LIFECYCLE).
 *
 * @param uuid the domain's UUID (what CIM names the system by)
 * @param name the domain's name
 * @param type what happened
 * @param detail libvirt's detail for {@code type}, e.g. {@code PAUSED} or {@code DESTROYED}
 */
public record DomainLifecycleEvent(String uuid, String name, Type type, String detail) {

    /** libvirt's virDomainEventType, our own copy so listeners do not see libvirt-java types. */
    public enum Type { DEFINED, UNDEFINED, STARTED, SUSPENDED, RESUMED, STOPPED, SHUTDOWN, PMSUSPENDED, CRASHED, UNKNOWN }
}

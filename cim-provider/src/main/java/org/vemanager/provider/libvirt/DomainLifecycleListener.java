package org.vemanager.provider.libvirt;

/**
 * Receives domain lifecycle events on the libvirt event-loop thread: return quickly and never call
 * back into libvirt from here (hand the work to another thread).
 */
@FunctionalInterface
public interface DomainLifecycleListener {
    void onLifecycleEvent(DomainLifecycleEvent event);
}

package org.vemanager.provider.libvirt;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * One piece of work on a looked-up domain. The domain object is freed by {@link Hypervisor} as soon as
 * the call returns, so it must not escape.
 */
@FunctionalInterface
public interface DomainCall<T> {
    T apply(Domain domain) throws LibvirtException;
}

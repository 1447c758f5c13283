package org.vemanager.provider.libvirt;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** One piece of work on the host's connection; errors are translated by {@link Hypervisor}. */
@FunctionalInterface
public interface LibvirtCall<T> {
    T apply(Connect connect) throws LibvirtException;
}

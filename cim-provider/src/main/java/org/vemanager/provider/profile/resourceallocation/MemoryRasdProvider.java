package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_MemoryRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class MemoryRasdProvider extends ResourceAllocationSettingDataProvider {

    public MemoryRasdProvider(VirtHost host) {
        super(host, ResourceKind.MEMORY);
    }
}

package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_DiskRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class DiskRasdProvider extends ResourceAllocationSettingDataProvider {

    public DiskRasdProvider(VirtHost host) {
        super(host, ResourceKind.DISK);
    }
}

package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_NetworkPortRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class NetworkPortRasdProvider extends ResourceAllocationSettingDataProvider {

    public NetworkPortRasdProvider(VirtHost host) {
        super(host, ResourceKind.NETWORK);
    }
}

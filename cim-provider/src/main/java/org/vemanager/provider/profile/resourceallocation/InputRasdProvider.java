package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_InputRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class InputRasdProvider extends ResourceAllocationSettingDataProvider {

    public InputRasdProvider(VirtHost host) {
        super(host, ResourceKind.INPUT);
    }
}

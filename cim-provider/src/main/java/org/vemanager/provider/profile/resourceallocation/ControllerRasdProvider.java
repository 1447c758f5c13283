package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_ControllerRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class ControllerRasdProvider extends ResourceAllocationSettingDataProvider {

    public ControllerRasdProvider(VirtHost host) {
        super(host, ResourceKind.CONTROLLER);
    }
}

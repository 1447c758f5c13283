package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_GraphicsRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class GraphicsRasdProvider extends ResourceAllocationSettingDataProvider {

    public GraphicsRasdProvider(VirtHost host) {
        super(host, ResourceKind.GRAPHICS);
    }
}

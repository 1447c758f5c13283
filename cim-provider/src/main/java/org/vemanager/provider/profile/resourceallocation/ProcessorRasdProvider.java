package org.vemanager.provider.profile.resourceallocation;

import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_ProcessorRASD: see {@link org.vemanager.provider.mapping.ResourceMapping} for what its properties mean. */
public final class ProcessorRasdProvider extends ResourceAllocationSettingDataProvider {

    public ProcessorRasdProvider(VirtHost host) {
        super(host, ResourceKind.PROCESSOR);
    }
}

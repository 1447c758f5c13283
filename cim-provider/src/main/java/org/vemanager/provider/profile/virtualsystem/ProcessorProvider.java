package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_Processor: one per online vCPU (DeviceID {@code cpu0}, {@code cpu1}, …), all allocated by the processor RASD. */
public final class ProcessorProvider extends DeviceProvider {

    public ProcessorProvider(VirtHost host) {
        super(host, CimNames.PROCESSOR);
    }

    @Override
    protected List<Device> devices(DomainView view, DomainXml live) {
        int vcpus = live.vcpu == null ? 1 : live.vcpu.online();
        String rasd = InstanceIds.rasd(view.uuid(), ResourceKind.PROCESSOR, null);
        List<Device> out = new ArrayList<>();
        for (int i = 0; i < vcpus; i++) {
            out.add(new Device(base(view, "cpu" + i).string("ElementName", "vCPU " + i).build(), rasd));
        }
        return out;
    }
}

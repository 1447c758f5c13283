package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.support.VirtHost;

/** VEM_LogicalDisk: one per disk, CD-ROM or floppy, DeviceID = its target device (vda). */
public final class LogicalDiskProvider extends DeviceProvider {

    public LogicalDiskProvider(VirtHost host) {
        super(host, CimNames.LOGICAL_DISK);
    }

    @Override
    protected List<Device> devices(DomainView view, DomainXml live) {
        List<Device> out = new ArrayList<>();
        if (live.devices == null) {
            return out;
        }
        for (Disk disk : live.devices.disks) {
            String target = ResourceMapping.diskLocal(disk);
            if (target == null) {
                continue;
            }
            out.add(new Device(base(view, target)
                    .string("ElementName", target)
                    .string("Name", disk.source == null ? null : disk.source.hostResource())
                    .build(), InstanceIds.rasd(view.uuid(), ResourceKind.DISK, target)));
        }
        return out;
    }
}

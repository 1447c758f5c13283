package org.vemanager.provider.profile.hostresource;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.profile.virtualsystem.DeviceProvider;
import org.vemanager.provider.profile.virtualsystem.LogicalDiskProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_BasedOn: a volume of a host storage pool (Antecedent, VEM_HostStorageExtent) to each virtual disk
 * whose image it is (Dependent, VEM_LogicalDisk). A disk names its image as the volume's DeviceID
 * ({@code pool/volume}, a libvirt volume disk) or as its path (a file disk); the VEM_LogicalDisk's Name
 * is that name. A disk whose file is in no pool is based on nothing we serve.
 */
public final class BasedOnProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_BasedOn";

    private final HostStorageExtentProvider volumes;
    private final LogicalDiskProvider disks;

    public BasedOnProvider(VirtHost host, HostStorageExtentProvider volumes, LogicalDiskProvider disks) {
        super(host, CLASS, "Antecedent", "Dependent");
        this.volumes = volumes;
        this.disks = disks;
    }

    @Override
    protected List<Link> all() throws CimException {
        return links(volumes.devices(), disks.all());
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (volumes.serves(object)) {
            return orNone(() -> links(List.of(volumes.find(object)), disks.all()));
        }
        if (disks.classNames().stream().anyMatch(c -> c.equalsIgnoreCase(object.getObjectName()))) {
            return orNone(() -> links(volumes.devices(), List.of(disks.find(object))));
        }
        return List.of();
    }

    private static List<Link> links(List<HostDeviceProvider.HostDevice> extents, List<DeviceProvider.Device> virtualDisks) {
        List<Link> out = new ArrayList<>();
        for (DeviceProvider.Device disk : virtualDisks) {
            Object image = disk.instance().getPropertyValue("Name");
            for (HostDeviceProvider.HostDevice volume : extents) {
                if (image != null && (image.equals(volume.instance().getPropertyValue("DeviceID"))
                        || image.equals(volume.instance().getPropertyValue("Name")))) {
                    out.add(new Link(volume.path(), disk.path()));
                }
            }
        }
        return out;
    }
}

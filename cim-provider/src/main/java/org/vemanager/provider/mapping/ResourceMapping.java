package org.vemanager.provider.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.provider.libvirt.xml.domain.CpuTune;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.devices.Controller;
import org.vemanager.provider.libvirt.xml.domain.devices.Devices;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.libvirt.xml.domain.devices.Graphics;
import org.vemanager.provider.libvirt.xml.domain.devices.Input;
import org.vemanager.provider.libvirt.xml.domain.devices.NetInterface;

/**
 * A domain definition read as ResourceAllocationSettingData (DSP1041 1.1.0), one RASD per resource:
 *
 * <ul>
 * <li>processor (ResourceType 3): VirtualQuantity = vCPUs online at boot, VirtualQuantityUnits
 * "count"; AllocationUnits "percent" for Limit, which is the cputune bandwidth (quota / period × 100 ×
 * vCPUs, NULL when unlimited); Weight = cputune shares.</li>
 * <li>memory (4): VirtualQuantity = current memory, Limit = maximum memory, both in MiB
 * (AllocationUnits and VirtualQuantityUnits "byte*2^20").</li>
 * <li>disk drive (17, CD 15, floppy 14): one RASD per drive, Address = target device, ResourceSubType =
 * bus, HostResource = the image as a URI ({@code file:///var/lib/…}) or {@code pool/volume}. DSP1047 also
 * allows splitting drive and image into two RASDs linked by Parent; we keep one per disk, which is what
 * libvirt models (one {@code <disk>} element), and leave the split for the Storage Resource Virtualization
 * profile.</li>
 * <li>network adapter (10): Address = MAC, Connection = libvirt network name (or {@code bridge:<name>}),
 * ResourceSubType = model.</li>
 * <li>graphics (24): ResourceSubType = vnc/spice, Address = listen address, Connection = port once
 * assigned.</li>
 * <li>input (13 I/O Device): ResourceSubType = tablet/mouse/keyboard, Address = bus.</li>
 * <li>controller (5 IDE, 6 SCSI, 23 USB, else 1 Other with OtherResourceType "controller:&lt;type&gt;"):
 * ResourceSubType = model, Address = index.</li>
 * </ul>
 */
public final class ResourceMapping {

    public static final int TYPE_OTHER = 1;
    public static final int TYPE_PROCESSOR = 3;
    public static final int TYPE_MEMORY = 4;
    public static final int TYPE_IDE = 5;
    public static final int TYPE_SCSI = 6;
    public static final int TYPE_ETHERNET = 10;
    public static final int TYPE_IO_DEVICE = 13;
    public static final int TYPE_FLOPPY = 14;
    public static final int TYPE_CD = 15;
    public static final int TYPE_DVD = 16;
    public static final int TYPE_DISK = 17;
    public static final int TYPE_USB = 23;
    public static final int TYPE_GRAPHICS = 24;

    public static final String MIB = "byte*2^20";
    private static final int CONSUMER_VIRTUALIZED = 3;

    private ResourceMapping() {
    }

    /** Every RASD of the domain, processor and memory first, then devices in document order. */
    public static List<CIMInstance> rasds(String namespace, String uuid, DomainXml config) {
        return rasdsOf(namespace, InstanceIds.vssd(uuid), config);
    }

    /**
     * Every RASD of a definition, as {@link #rasds}, with InstanceIDs under the VSSD InstanceID
     * {@code settingsId} (a snapshot's saved definition is mapped the same way as the system's own).
     */
    public static List<CIMInstance> rasdsOf(String namespace, String settingsId, DomainXml config) {
        List<CIMInstance> out = new ArrayList<>();
        out.add(processor(namespace, settingsId, config));
        out.add(memory(namespace, settingsId, config));
        Devices devices = config.devices == null ? new Devices() : config.devices;
        for (Disk disk : devices.disks) {
            out.add(disk(namespace, settingsId, disk));
        }
        for (NetInterface nic : devices.interfaces) {
            out.add(network(namespace, settingsId, nic));
        }
        for (int i = 0; i < devices.graphics.size(); i++) {
            out.add(graphics(namespace, settingsId, devices.graphics.get(i), i));
        }
        for (int i = 0; i < devices.inputs.size(); i++) {
            out.add(input(namespace, settingsId, devices.inputs.get(i), i));
        }
        for (Controller controller : devices.controllers) {
            out.add(controller(namespace, settingsId, controller));
        }
        return out;
    }

    /** The local part of a disk's InstanceID: its target device (vda), unique within a domain. */
    public static String diskLocal(Disk disk) {
        return disk.target == null ? null : disk.target.dev;
    }

    public static String controllerLocal(Controller controller) {
        return controller.type + "-" + (controller.index == null ? "0" : controller.index);
    }

    private static InstanceBuilder base(String namespace, String settingsId, ResourceKind kind, String local, int resourceType) {
        return new InstanceBuilder(namespace, kind.className())
                .key("InstanceID", InstanceIds.rasdOf(settingsId, kind, local))
                .uint16("ResourceType", resourceType)
                .bool("AutomaticAllocation", true)
                .uint16("ConsumerVisibility", CONSUMER_VIRTUALIZED);
    }

    static CIMInstance processor(String namespace, String settingsId, DomainXml config) {
        int vcpus = config.vcpu == null ? 1 : config.vcpu.online();
        CpuTune tune = config.cputune;
        Long limit = null;
        if (tune != null && tune.quota != null && tune.quota > 0) {
            long period = tune.period == null || tune.period <= 0 ? 100_000L : tune.period;
            limit = tune.quota * 100L * vcpus / period;
        }
        return base(namespace, settingsId, ResourceKind.PROCESSOR, null, TYPE_PROCESSOR)
                .string("ElementName", "Processor")
                .uint64("VirtualQuantity", (long) vcpus)
                .string("VirtualQuantityUnits", "count")
                .string("AllocationUnits", "percent")
                .uint64("Reservation", 0L)
                .uint64("Limit", limit)
                .uint32("Weight", tune == null ? null : tune.shares)
                .build();
    }

    static CIMInstance memory(String namespace, String settingsId, DomainXml config) {
        long maxKib = config.memory == null ? 0 : config.memory.kib();
        long currentKib = config.currentMemory == null ? maxKib : config.currentMemory.kib();
        return base(namespace, settingsId, ResourceKind.MEMORY, null, TYPE_MEMORY)
                .string("ElementName", "Memory")
                .uint64("VirtualQuantity", currentKib / 1024)
                .string("VirtualQuantityUnits", MIB)
                .string("AllocationUnits", MIB)
                .uint64("Reservation", 0L)
                .uint64("Limit", maxKib / 1024)
                .build();
    }

    static CIMInstance disk(String namespace, String settingsId, Disk disk) {
        String local = diskLocal(disk);
        String hostResource = disk.source == null ? null : disk.source.hostResource();
        return base(namespace, settingsId, ResourceKind.DISK, local, diskResourceType(disk.deviceKind()))
                .string("ElementName", local)
                .string("Address", local)
                .string("ResourceSubType", disk.target == null ? null : disk.target.bus)
                .strings("HostResource", hostResource == null ? new String[0] : new String[] {hostResourceUri(disk)})
                .build();
    }

    public static int diskResourceType(String device) {
        return switch (device.toLowerCase(Locale.ROOT)) {
            case "cdrom" -> TYPE_CD;
            case "floppy" -> TYPE_FLOPPY;
            default -> TYPE_DISK;
        };
    }

    /** A file or block device as a file URI; a pool volume as {@code pool/volume}; else libvirt's name. */
    static String hostResourceUri(Disk disk) {
        if (disk.source.file != null) {
            return "file://" + disk.source.file;
        }
        if (disk.source.dev != null) {
            return "file://" + disk.source.dev;
        }
        return disk.source.hostResource();
    }

    static CIMInstance network(String namespace, String settingsId, NetInterface nic) {
        String mac = nic.macAddress();
        String connection = null;
        if (nic.source != null) {
            connection = nic.source.network != null ? nic.source.network
                    : nic.source.bridge != null ? "bridge:" + nic.source.bridge : nic.source.connection();
        }
        return base(namespace, settingsId, ResourceKind.NETWORK, mac, TYPE_ETHERNET)
                .string("ElementName", mac)
                .string("Address", mac)
                .string("ResourceSubType", nic.model == null ? null : nic.model.type)
                .strings("Connection", connection == null ? new String[0] : new String[] {connection})
                .uint64("VirtualQuantity", 1L)
                .build();
    }

    static CIMInstance graphics(String namespace, String settingsId, Graphics graphics, int index) {
        boolean hasPort = graphics.port != null && graphics.port > 0;
        return base(namespace, settingsId, ResourceKind.GRAPHICS, String.valueOf(index), TYPE_GRAPHICS)
                .string("ElementName", "Graphics " + graphics.type)
                .string("ResourceSubType", graphics.type)
                .string("Address", graphics.listen)
                .strings("Connection", hasPort ? new String[] {String.valueOf(graphics.port)} : new String[0])
                .build();
    }

    static CIMInstance input(String namespace, String settingsId, Input input, int index) {
        return base(namespace, settingsId, ResourceKind.INPUT, String.valueOf(index), TYPE_IO_DEVICE)
                .string("ElementName", "Input " + input.type)
                .string("ResourceSubType", input.type)
                .string("Address", input.bus)
                .build();
    }

    static CIMInstance controller(String namespace, String settingsId, Controller controller) {
        int type = switch (String.valueOf(controller.type)) {
            case "ide" -> TYPE_IDE;
            case "scsi" -> TYPE_SCSI;
            case "usb" -> TYPE_USB;
            default -> TYPE_OTHER;
        };
        return base(namespace, settingsId, ResourceKind.CONTROLLER, controllerLocal(controller), type)
                .string("ElementName", "Controller " + controllerLocal(controller))
                .string("OtherResourceType", type == TYPE_OTHER ? "controller:" + controller.type : null)
                .string("ResourceSubType", controller.model)
                .string("Address", controller.index)
                .build();
    }
}

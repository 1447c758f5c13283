package org.vemanager.provider.mapping;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.provider.libvirt.xml.domain.CpuTune;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.ScaledNumber;
import org.vemanager.provider.libvirt.xml.domain.Vcpu;
import org.vemanager.provider.libvirt.xml.domain.devices.Controller;
import org.vemanager.provider.libvirt.xml.domain.devices.Devices;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.libvirt.xml.domain.devices.DiskDriver;
import org.vemanager.provider.libvirt.xml.domain.devices.DiskSource;
import org.vemanager.provider.libvirt.xml.domain.devices.DiskTarget;
import org.vemanager.provider.libvirt.xml.domain.devices.Graphics;
import org.vemanager.provider.libvirt.xml.domain.devices.Input;
import org.vemanager.provider.libvirt.xml.domain.devices.NetInterface;
import org.vemanager.wbem.spi.CimException;

/**
 * RASDs sent by a client (DefineSystem, AddResourceSettings, ModifyResourceSettings,
 * RemoveResourceSettings) applied to a parsed domain definition — the inverse of {@link ResourceMapping}.
 * Writing is strict: a value we cannot honour is INVALID_PARAMETER naming the parameter ("{@code
 * ResourceSettings[1]}") and property, and the caller then defines nothing.
 */
public final class ResourceEdits {

    private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    /** HostResource naming a storage pool volume: {@code pool/volume} (no scheme, no leading '/'). */
    private static final Pattern POOL_VOLUME = Pattern.compile("([^/:\\s]+)/([^/\\s]+)");
    private static final Pattern UNIT = Pattern.compile("(?i)bytes?(\\s*\\*\\s*2\\s*\\^\\s*(\\d+))?");
    private static final Set<String> INPUT_TYPES = Set.of("tablet", "mouse", "keyboard", "passthrough", "evdev");
    private static final Set<String> GRAPHICS_TYPES = Set.of("vnc", "spice", "sdl", "rdp", "desktop", "egl-headless", "dbus");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long DEFAULT_PERIOD_US = 100_000L;

    private ResourceEdits() {
    }

    /** The kind of a client's RASD: by our class name, else by ResourceType. */
    public static ResourceKind kindOf(CIMInstance rasd, String label) throws CimException {
        Optional<ResourceKind> byClass = ResourceKind.ofClassName(rasd.getClassName());
        if (byClass.isPresent()) {
            return byClass.get();
        }
        Long type = Props.number(rasd, "ResourceType", label);
        if (type == null) {
            throw Props.invalid(label, "ResourceType", "is required for an instance of " + rasd.getClassName());
        }
        return switch (type.intValue()) {
            case ResourceMapping.TYPE_PROCESSOR -> ResourceKind.PROCESSOR;
            case ResourceMapping.TYPE_MEMORY -> ResourceKind.MEMORY;
            case ResourceMapping.TYPE_DISK, ResourceMapping.TYPE_CD, ResourceMapping.TYPE_DVD, ResourceMapping.TYPE_FLOPPY ->
                ResourceKind.DISK;
            case ResourceMapping.TYPE_ETHERNET -> ResourceKind.NETWORK;
            case ResourceMapping.TYPE_GRAPHICS -> ResourceKind.GRAPHICS;
            case ResourceMapping.TYPE_IO_DEVICE -> ResourceKind.INPUT;
            case ResourceMapping.TYPE_IDE, ResourceMapping.TYPE_SCSI, ResourceMapping.TYPE_USB -> ResourceKind.CONTROLLER;
            default -> throw Props.invalid(label, "ResourceType", type + " is not a resource type VE-manager can allocate");
        };
    }

    /**
     * Adds a device described by {@code rasd}. Processor and memory exist exactly once per system: with
     * {@code setSingletons} (DefineSystem) they are set, otherwise they are refused.
     *
     * @return the InstanceID of the new RASD
     */
    public static String add(DomainXml config, CIMInstance rasd, String label, boolean setSingletons, ImageFormats formats)
            throws CimException {
        ResourceKind kind = kindOf(rasd, label);
        Devices devices = config.devices();
        switch (kind) {
            case PROCESSOR, MEMORY -> {
                if (!setSingletons) {
                    throw Props.invalid(label, "ResourceType", "a virtual system has exactly one " + kind.name().toLowerCase(Locale.ROOT)
                            + " allocation; change it with ModifyResourceSettings");
                }
                modifySingleton(config, kind, rasd, label);
                return InstanceIds.rasd(config.uuid, kind, null);
            }
            case DISK -> {
                Disk disk = newDisk(devices, rasd, label, formats);
                devices.disks.add(disk);
                return InstanceIds.rasd(config.uuid, kind, ResourceMapping.diskLocal(disk));
            }
            case NETWORK -> {
                NetInterface nic = newInterface(devices, rasd, label);
                devices.interfaces.add(nic);
                return InstanceIds.rasd(config.uuid, kind, nic.macAddress());
            }
            case GRAPHICS -> {
                Graphics g = new Graphics();
                g.type = "vnc";
                g.autoport = "yes";
                editGraphics(g, rasd, label);
                devices.graphics.add(g);
                return InstanceIds.rasd(config.uuid, kind, String.valueOf(devices.graphics.size() - 1));
            }
            case INPUT -> {
                Input input = new Input();
                editInput(input, rasd, label);
                if (input.type == null) {
                    throw Props.invalid(label, "ResourceSubType", "is required: one of " + INPUT_TYPES);
                }
                devices.inputs.add(input);
                return InstanceIds.rasd(config.uuid, kind, String.valueOf(devices.inputs.size() - 1));
            }
            case CONTROLLER -> {
                Controller c = newController(devices, rasd, label);
                devices.controllers.add(c);
                return InstanceIds.rasd(config.uuid, kind, ResourceMapping.controllerLocal(c));
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    /** Changes the resource {@code rasd}'s InstanceID names to what {@code rasd} says. */
    public static void modify(DomainXml config, CIMInstance rasd, String label, ImageFormats formats) throws CimException {
        InstanceIds.Parsed id = ours(config, Props.string(rasd, "InstanceID", label), label);
        ResourceKind kind = id.kind().orElseThrow();
        switch (kind) {
            case PROCESSOR, MEMORY -> modifySingleton(config, kind, rasd, label);
            case DISK -> editDisk(findDisk(config, id, label), rasd, label, false, formats);
            case NETWORK -> editInterface(findInterface(config, id, label), rasd, label);
            case GRAPHICS -> editGraphics(byIndex(config.devices().graphics, id, label), rasd, label);
            case INPUT -> editInput(byIndex(config.devices().inputs, id, label), rasd, label);
            case CONTROLLER -> {
                Controller c = findController(config, id, label);
                if (Props.has(rasd, "ResourceSubType")) {
                    c.model = Props.string(rasd, "ResourceSubType", label);
                }
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    /** Removes the device named by {@code instanceId}; processor and memory cannot be removed. */
    public static void remove(DomainXml config, String instanceId, String label) throws CimException {
        InstanceIds.Parsed id = ours(config, instanceId, label);
        ResourceKind kind = id.kind().orElseThrow();
        Devices devices = config.devices();
        switch (kind) {
            case PROCESSOR, MEMORY -> throw Props.invalid(label, "InstanceID",
                    "names the " + kind.name().toLowerCase(Locale.ROOT) + " allocation, which a virtual system cannot lose");
            case DISK -> devices.disks.remove(findDisk(config, id, label));
            case NETWORK -> devices.interfaces.remove(findInterface(config, id, label));
            case GRAPHICS -> devices.graphics.remove(byIndex(devices.graphics, id, label));
            case INPUT -> devices.inputs.remove(byIndex(devices.inputs, id, label));
            case CONTROLLER -> devices.controllers.remove(findController(config, id, label));
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    /** The InstanceID parsed, checked to be a RASD of this domain. */
    public static InstanceIds.Parsed ours(DomainXml config, String instanceId, String label) throws CimException {
        Optional<InstanceIds.Parsed> id = InstanceIds.parse(instanceId);
        if (id.isEmpty() || id.get().kind().isEmpty()) {
            throw Props.invalid(label, "InstanceID", "'" + instanceId + "' does not name a resource allocation of VE-manager");
        }
        if (!id.get().uuid().equalsIgnoreCase(config.uuid)) {
            throw Props.invalid(label, "InstanceID", "'" + instanceId + "' belongs to another virtual system");
        }
        return id.get();
    }

    private static void modifySingleton(DomainXml config, ResourceKind kind, CIMInstance rasd, String label) throws CimException {
        if (kind == ResourceKind.PROCESSOR) {
            editProcessor(config, rasd, label);
        } else {
            editMemory(config, rasd, label);
        }
    }

    static void editProcessor(DomainXml config, CIMInstance rasd, String label) throws CimException {
        String units = Props.string(rasd, "VirtualQuantityUnits", label);
        if (units != null && !units.equalsIgnoreCase("count")) {
            throw Props.invalid(label, "VirtualQuantityUnits", "must be \"count\" (vCPUs), not \"" + units + "\"");
        }
        if (config.vcpu == null) {
            config.vcpu = new Vcpu();
            config.vcpu.value = 1;
        }
        Long quantity = Props.number(rasd, "VirtualQuantity", label);
        if (quantity != null) {
            if (quantity < 1 || quantity > 4096) {
                throw Props.invalid(label, "VirtualQuantity", "must be between 1 and 4096 vCPUs, not " + quantity);
            }
            if (quantity > config.vcpu.value) {
                config.vcpu.value = quantity.intValue();
                config.vcpu.current = null;
            } else if (config.vcpu.current != null || quantity < config.vcpu.value) {
                config.vcpu.current = quantity.intValue();
            }
        }
        Long weight = Props.number(rasd, "Weight", label);
        Long limit = Props.number(rasd, "Limit", label);
        if (weight != null || limit != null) {
            String allocationUnits = Props.string(rasd, "AllocationUnits", label);
            if (limit != null && allocationUnits != null && !allocationUnits.equalsIgnoreCase("percent")) {
                throw Props.invalid(label, "AllocationUnits", "must be \"percent\" for a processor Limit, not \"" + allocationUnits + "\"");
            }
            if (config.cputune == null) {
                config.cputune = new CpuTune();
            }
            if (weight != null) {
                if (weight < 2 || weight > 262_144) {
                    throw Props.invalid(label, "Weight", "must be between 2 and 262144, not " + weight);
                }
                config.cputune.shares = weight;
            }
            if (limit != null) {
                if (limit < 1) {
                    throw Props.invalid(label, "Limit", "must be at least 1 percent, not " + limit);
                }
                long period = config.cputune.period == null ? DEFAULT_PERIOD_US : config.cputune.period;
                config.cputune.period = period;
                config.cputune.quota = Math.max(1000L, limit * period / (100L * config.vcpu.online()));
            }
        }
    }

    static void editMemory(DomainXml config, CIMInstance rasd, String label) throws CimException {
        String allocationUnits = Props.string(rasd, "AllocationUnits", label);
        String quantityUnits = Props.string(rasd, "VirtualQuantityUnits", label);
        long quantityScale = bytesPer(quantityUnits != null ? quantityUnits : allocationUnits, label,
                quantityUnits != null ? "VirtualQuantityUnits" : "AllocationUnits");
        long limitScale = bytesPer(allocationUnits, label, "AllocationUnits");
        Long quantity = Props.number(rasd, "VirtualQuantity", label);
        Long limit = Props.number(rasd, "Limit", label);
        long maxKib = config.memory == null ? 0 : config.memory.kib();
        long currentKib = config.currentMemory == null ? maxKib : config.currentMemory.kib();
        if (limit != null) {
            maxKib = limit * limitScale / 1024;
        }
        if (quantity != null) {
            currentKib = quantity * quantityScale / 1024;
            if (limit == null && currentKib > maxKib) {
                maxKib = currentKib;
            }
        }
        if (currentKib < 1024) {
            throw Props.invalid(label, "VirtualQuantity", "must be at least 1 MiB of memory");
        }
        if (currentKib > maxKib) {
            throw Props.invalid(label, "VirtualQuantity", "(" + currentKib / 1024 + " MiB) exceeds Limit (" + maxKib / 1024
                    + " MiB), the maximum memory");
        }
        config.memory = ScaledNumber.kib(maxKib);
        config.currentMemory = ScaledNumber.kib(currentKib);
    }

    /** Bytes per unit for "byte*2^N" (DSP0004 programmatic units); MiB when absent. */
    public static long bytesPer(String units, String label, String property) throws CimException {
        if (units == null) {
            return 1L << 20;
        }
        var m = UNIT.matcher(units.trim());
        if (!m.matches()) {
            throw Props.invalid(label, property, "\"" + units + "\" is not a memory unit (use \"byte*2^20\" for MiB)");
        }
        int exponent = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (exponent > 40) {
            throw Props.invalid(label, property, "\"" + units + "\" is too large a unit");
        }
        return 1L << exponent;
    }

    private static Disk newDisk(Devices devices, CIMInstance rasd, String label, ImageFormats formats) throws CimException {
        Disk disk = new Disk();
        long type = Optional.ofNullable(Props.number(rasd, "ResourceType", label)).orElse((long) ResourceMapping.TYPE_DISK);
        disk.device = type == ResourceMapping.TYPE_CD || type == ResourceMapping.TYPE_DVD ? "cdrom"
                : type == ResourceMapping.TYPE_FLOPPY ? "floppy" : "disk";
        disk.type = "file";
        disk.target = new DiskTarget();
        String bus = Props.string(rasd, "ResourceSubType", label);
        disk.target.bus = bus != null ? bus : "cdrom".equals(disk.device) ? "sata" : "floppy".equals(disk.device) ? "fdc" : "virtio";
        String address = Props.string(rasd, "Address", label);
        Set<String> used = new HashSet<>();
        devices.disks.forEach(d -> used.add(ResourceMapping.diskLocal(d)));
        if (address != null) {
            if (!address.matches("[a-z]{2,3}[a-z]+")) {
                throw Props.invalid(label, "Address", "'" + address + "' is not a guest disk name such as vdb or sdc");
            }
            if (used.contains(address)) {
                throw Props.invalid(label, "Address", "'" + address + "' is already used by another disk");
            }
            disk.target.dev = address;
        } else {
            disk.target.dev = freeTarget(prefixFor(disk.target.bus), used);
        }
        editDisk(disk, rasd, label, !"cdrom".equals(disk.device), formats);
        return disk;
    }

    private static String prefixFor(String bus) {
        return switch (bus) {
            case "virtio" -> "vd";
            case "ide" -> "hd";
            case "fdc" -> "fd";
            case "xen" -> "xvd";
            default -> "sd";
        };
    }

    private static String freeTarget(String prefix, Set<String> used) {
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(prefix + c)) {
                return prefix + c;
            }
        }
        return prefix + "aa";
    }

    private static void editDisk(Disk disk, CIMInstance rasd, String label, boolean sourceRequired, ImageFormats formats)
            throws CimException {
        String[] host = Props.strings(rasd, "HostResource", label);
        if (host.length > 1) {
            throw Props.invalid(label, "HostResource", "must name one image, not " + host.length);
        }
        if (host.length == 1 && host[0] != null && !host[0].isBlank()) {
            var poolVolume = POOL_VOLUME.matcher(host[0]);
            String format;
            disk.source = new DiskSource();
            if (poolVolume.matches()) {
                // libvirt's own form: the domain keeps naming the volume, so it follows the pool if the pool moves
                disk.type = "volume";
                disk.source.pool = poolVolume.group(1);
                disk.source.volume = poolVolume.group(2);
                try {
                    format = formats.ofVolume(disk.source.pool, disk.source.volume);
                } catch (CimException e) {
                    throw Props.invalid(label, "HostResource", "'" + host[0] + "': " + e.description());
                }
            } else {
                String path = host[0].startsWith("file://") ? host[0].substring("file://".length()) : host[0];
                if (!path.startsWith("/")) {
                    throw Props.invalid(label, "HostResource", "'" + host[0]
                            + "' is not an absolute file path, file:// URI or pool/volume");
                }
                disk.type = path.startsWith("/dev/") ? "block" : "file";
                if ("block".equals(disk.type)) {
                    disk.source.dev = path;
                } else {
                    disk.source.file = path;
                }
                format = formats.ofFile(path).orElse(null);
            }
            if (format != null) {
                disk.driver = disk.driver == null ? new DiskDriver() : disk.driver;
                disk.driver.name = "qemu";
                disk.driver.type = format;
            }
        } else if (sourceRequired) {
            throw Props.invalid(label, "HostResource", "is required: the image file backing the disk");
        }
        if (Props.has(rasd, "ResourceSubType") && disk.target != null && disk.target.dev != null) {
            disk.target.bus = Props.string(rasd, "ResourceSubType", label);
        }
    }

    private static NetInterface newInterface(Devices devices, CIMInstance rasd, String label) throws CimException {
        NetInterface nic = new NetInterface();
        nic.mac = new NetInterface.Mac();
        String mac = Props.string(rasd, "Address", label);
        if (mac == null || mac.isBlank()) {
            mac = randomMac();
        } else if (!MAC.matcher(mac).matches()) {
            throw Props.invalid(label, "Address", "'" + mac + "' is not a MAC address (aa:bb:cc:dd:ee:ff)");
        }
        String lower = mac.toLowerCase(Locale.ROOT);
        if (devices.interfaces.stream().anyMatch(n -> lower.equals(n.macAddress()))) {
            throw Props.invalid(label, "Address", "MAC address " + lower + " is already used by another adapter");
        }
        nic.mac.address = lower;
        if (Props.strings(rasd, "Connection", label).length == 0) {
            throw Props.invalid(label, "Connection", "is required: the network (or bridge:<name>) to connect to");
        }
        editInterface(nic, rasd, label);
        return nic;
    }

    /** A locally administered MAC in the range libvirt uses for QEMU guests (52:54:00). */
    public static String randomMac() {
        return String.format("52:54:00:%02x:%02x:%02x", RANDOM.nextInt(256), RANDOM.nextInt(256), RANDOM.nextInt(256));
    }

    private static void editInterface(NetInterface nic, CIMInstance rasd, String label) throws CimException {
        String[] connection = Props.strings(rasd, "Connection", label);
        if (connection.length > 1) {
            throw Props.invalid(label, "Connection", "must name one network, not " + connection.length);
        }
        if (connection.length == 1) {
            String target = connection[0] == null ? "" : connection[0].trim();
            if (target.isEmpty()) {
                throw Props.invalid(label, "Connection", "must not be empty");
            }
            nic.source = new NetInterface.InterfaceSource();
            if (target.startsWith("bridge:")) {
                nic.type = "bridge";
                nic.source.bridge = target.substring("bridge:".length());
            } else {
                nic.type = "network";
                nic.source.network = target;
            }
        }
        if (Props.has(rasd, "ResourceSubType")) {
            nic.model = new NetInterface.Model();
            nic.model.type = Props.string(rasd, "ResourceSubType", label);
        }
    }

    private static void editGraphics(Graphics g, CIMInstance rasd, String label) throws CimException {
        String type = Props.string(rasd, "ResourceSubType", label);
        if (type != null) {
            if (!GRAPHICS_TYPES.contains(type)) {
                throw Props.invalid(label, "ResourceSubType", "'" + type + "' is not a graphics type; use one of " + GRAPHICS_TYPES);
            }
            g.type = type;
        }
        if (Props.has(rasd, "Address")) {
            g.listen = Props.string(rasd, "Address", label);
        }
    }

    private static void editInput(Input input, CIMInstance rasd, String label) throws CimException {
        String type = Props.string(rasd, "ResourceSubType", label);
        if (type != null) {
            if (!INPUT_TYPES.contains(type)) {
                throw Props.invalid(label, "ResourceSubType", "'" + type + "' is not an input type; use one of " + INPUT_TYPES);
            }
            input.type = type;
        }
        String bus = Props.string(rasd, "Address", label);
        if (bus != null) {
            input.bus = bus;
        } else if (input.bus == null) {
            input.bus = "usb";
        }
    }

    private static Controller newController(Devices devices, CIMInstance rasd, String label) throws CimException {
        Controller c = new Controller();
        long type = Optional.ofNullable(Props.number(rasd, "ResourceType", label)).orElse((long) ResourceMapping.TYPE_OTHER);
        String other = Props.string(rasd, "OtherResourceType", label);
        if (type == ResourceMapping.TYPE_IDE) {
            c.type = "ide";
        } else if (type == ResourceMapping.TYPE_SCSI) {
            c.type = "scsi";
        } else if (type == ResourceMapping.TYPE_USB) {
            c.type = "usb";
        } else if (other != null && other.startsWith("controller:") && other.length() > "controller:".length()) {
            c.type = other.substring("controller:".length());
        } else {
            throw Props.invalid(label, "OtherResourceType", "must be \"controller:<libvirt type>\" for ResourceType 1 (Other)");
        }
        int index = 0;
        while (true) {
            String candidate = String.valueOf(index);
            if (devices.controllers.stream().noneMatch(x -> c.type.equals(x.type) && candidate.equals(x.index))) {
                break;
            }
            index++;
        }
        c.index = String.valueOf(index);
        c.model = Props.string(rasd, "ResourceSubType", label);
        return c;
    }

    private static Disk findDisk(DomainXml config, InstanceIds.Parsed id, String label) throws CimException {
        for (Disk d : config.devices().disks) {
            if (id.local() != null && id.local().equals(ResourceMapping.diskLocal(d))) {
                return d;
            }
        }
        throw notFound(label, id);
    }

    private static NetInterface findInterface(DomainXml config, InstanceIds.Parsed id, String label) throws CimException {
        for (NetInterface n : config.devices().interfaces) {
            if (id.local() != null && id.local().equalsIgnoreCase(n.macAddress())) {
                return n;
            }
        }
        throw notFound(label, id);
    }

    private static Controller findController(DomainXml config, InstanceIds.Parsed id, String label) throws CimException {
        for (Controller c : config.devices().controllers) {
            if (ResourceMapping.controllerLocal(c).equals(id.local())) {
                return c;
            }
        }
        throw notFound(label, id);
    }

    private static <T> T byIndex(List<T> list, InstanceIds.Parsed id, String label) throws CimException {
        try {
            int index = Integer.parseInt(id.local());
            if (index >= 0 && index < list.size()) {
                return list.get(index);
            }
        } catch (NumberFormatException e) {
            // falls through to NOT FOUND below: not an index of ours
        }
        throw notFound(label, id);
    }

    private static CimException notFound(String label, InstanceIds.Parsed id) {
        return Props.invalid(label, "InstanceID", "names no " + id.kind().orElseThrow().segment() + " '" + id.local()
                + "' in virtual system " + id.uuid());
    }
}

package org.vemanager.provider.profile.systemvirtualization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.libvirt.LibvirtErrors;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.libvirt.xml.LibvirtXml;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.Os;
import org.vemanager.provider.libvirt.xml.domain.OsType;
import org.vemanager.provider.libvirt.xml.domain.ScaledNumber;
import org.vemanager.provider.libvirt.xml.domain.Vcpu;
import org.vemanager.provider.libvirt.xml.domain.devices.Disk;
import org.vemanager.provider.libvirt.xml.domain.devices.NetInterface;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.ImageFormats;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.Props;
import org.vemanager.provider.mapping.ResourceEdits;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.profile.virtualsystem.VirtualSystemSettingDataProvider;
import org.vemanager.provider.support.HostIdentity;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.MethodResult;

/**
 * The VSMS methods of DSP1042 1.0.0, all synchronous (return 0). Every change to an existing system is one
 * fetch → edit → redefine of its persistent definition, so a method either changes everything it was
 * asked to or nothing. Where the system is running, processor and memory quantities and disk/NIC
 * additions and removals are also applied live when the hypervisor allows it; otherwise they take effect
 * at the next start (the test driver, for one, cannot hot-plug).
 *
 * <ul>
 * <li>DefineSystem: the name is SystemSettings.VirtualSystemIdentifier (or ElementName); the type is
 * VirtualSystemType {@code libvirt:<domain type>} (default: kvm when offered, else the host's first);
 * a new system starts from 1 vCPU and 512 MiB, then each ResourceSettings[i] sets processor or memory or
 * adds a device. With ReferenceConfiguration (a VSSD) the new system copies that definition with a new
 * name, UUID and MAC addresses; its disks keep pointing at the same images (storage is not copied).</li>
 * <li>DestroySystem: a running system is powered off first, then undefined together with its managed-save
 * image and snapshot metadata.</li>
 * <li>ModifySystemSettings: Notes become the domain's description; renaming and changing the type are
 * refused (libvirt-java 0.5.2 has no virDomainRename).</li>
 * </ul>
 */
public final class VirtualSystemManagement {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualSystemManagement.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}");
    private static final long DEFAULT_MEMORY_KIB = 512L * 1024;
    /** virDomainModificationImpact VIR_DOMAIN_AFFECT_LIVE. */
    private static final int AFFECT_LIVE = 1;

    private final VirtHost host;
    private final ComputerSystemProvider systems;
    private final VirtualSystemSettingDataProvider settings;

    public VirtualSystemManagement(VirtHost host, ComputerSystemProvider systems, VirtualSystemSettingDataProvider settings) {
        this.host = host;
        this.systems = systems;
        this.settings = settings;
    }

    MethodResult defineSystem(MethodInputs args) throws CimException {
        CIMInstance systemSettings = args.instance("SystemSettings", false);
        CIMInstance[] resources = args.instances("ResourceSettings", false);
        CIMObjectPath reference = args.reference("ReferenceConfiguration", false);
        String name = systemSettings == null ? null : Props.string(systemSettings, "VirtualSystemIdentifier", "SystemSettings");
        if (name == null && systemSettings != null) {
            name = Props.string(systemSettings, "ElementName", "SystemSettings");
        }
        if (name == null) {
            throw MethodInputs.invalid("SystemSettings", "must give the new system's name in VirtualSystemIdentifier or ElementName");
        }
        if (!NAME.matcher(name).matches()) {
            throw MethodInputs.invalid("SystemSettings", "VirtualSystemIdentifier '" + name
                    + "' is not a valid name (letters, digits and _.+- , at most 64, starting with a letter or digit)");
        }
        if (nameTaken(name)) {
            throw MethodInputs.invalid("SystemSettings",
                    "VirtualSystemIdentifier '" + name + "' is already used by another virtual system");
        }
        String requestedType = systemSettings == null ? null : Props.string(systemSettings, "VirtualSystemType", "SystemSettings");
        DomainXml config = reference != null ? copyOf(reference, requestedType) : template(domainType(requestedType));
        config.name = name;
        config.uuid = UUID.randomUUID().toString();
        config.id = null;
        applyNotes(config, systemSettings);
        SharedImages shared = new SharedImages(host);
        Set<String> before = shared.writableSources(config);
        for (int i = 0; i < resources.length; i++) {
            ResourceEdits.add(config, resources[i], "ResourceSettings[" + i + "]", true, imageFormats());
        }
        shared.refuseNewSharedWriters(config.uuid, before, config);
        String uuid = host.editor().defineNew("define virtual system " + name, config);
        return MethodResult.of(0, List.of(
                new CIMArgument<>("ResultingSystem", new CIMDataType(CimNames.COMPUTER_SYSTEM), systems.path(uuid)),
                new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    MethodResult destroySystem(MethodInputs args) throws CimException {
        CIMObjectPath affected = args.reference("AffectedSystem", true);
        String uuid = existingSystem(affected, "AffectedSystem");
        host.hypervisor().onDomain(uuid, "destroy virtual system " + uuid, d -> {
            if (d.isActive() == 1) {
                d.destroy();
            }
            try {
                d.undefine(Hypervisor.UNDEFINE_MANAGED_SAVE | Hypervisor.UNDEFINE_SNAPSHOTS_METADATA);
            } catch (LibvirtException e) {
                if (LibvirtErrors.code(e) != ErrorNumber.VIR_ERR_NO_SUPPORT && LibvirtErrors.code(e) != ErrorNumber.VIR_ERR_INVALID_ARG) {
                    throw e;
                }
                d.undefine();
            }
            return null;
        });
        host.requestedStates().forget(uuid);
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    MethodResult modifySystemSettings(MethodInputs args) throws CimException {
        CIMInstance systemSettings = args.instance("SystemSettings", true);
        String instanceId = Props.string(systemSettings, "InstanceID", "SystemSettings");
        refuseSnapshotSettings("SystemSettings", instanceId);
        String uuid;
        try {
            uuid = VirtualSystemSettingDataProvider.uuidOfInstanceId(instanceId);
            host.domain(uuid);
        } catch (CimException e) {
            throw MethodInputs.invalid("SystemSettings", "InstanceID '" + instanceId + "' names no virtual system here");
        }
        host.editor().edit(uuid, "modify the settings of " + uuid, config -> {
            String name = Props.string(systemSettings, "VirtualSystemIdentifier", "SystemSettings");
            if (name != null && !name.equals(config.name)) {
                throw MethodInputs.invalid("SystemSettings", "VirtualSystemIdentifier: renaming '" + config.name + "' to '" + name
                        + "' is not supported");
            }
            String element = Props.string(systemSettings, "ElementName", "SystemSettings");
            if (element != null && !element.equals(config.name)) {
                throw MethodInputs.invalid("SystemSettings", "ElementName: renaming '" + config.name + "' to '" + element
                        + "' is not supported");
            }
            String type = Props.string(systemSettings, "VirtualSystemType", "SystemSettings");
            if (type != null && !type.equals(VirtualSystemManagementCapabilitiesProvider.systemType(config.type))) {
                throw MethodInputs.invalid("SystemSettings", "VirtualSystemType of an existing system cannot change");
            }
            applyNotes(config, systemSettings);
        });
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    MethodResult addResourceSettings(MethodInputs args) throws CimException {
        CIMObjectPath affected = args.reference("AffectedConfiguration", true);
        CIMInstance[] resources = args.instances("ResourceSettings", true);
        Object affectedId = Paths.keyValue(affected, "InstanceID");
        refuseSnapshotSettings("AffectedConfiguration", affectedId == null ? null : affectedId.toString());
        String uuid;
        try {
            uuid = VirtualSystemSettingDataProvider.uuidOf(affected);
            host.domain(uuid);
        } catch (CimException e) {
            throw MethodInputs.invalid("AffectedConfiguration", "names no virtual system setting data here: " + affected);
        }
        List<String> ids = new ArrayList<>();
        DomainXml defined = host.editor().edit(uuid, "add resources to " + uuid, config -> {
            SharedImages shared = new SharedImages(host);
            Set<String> before = shared.writableSources(config);
            for (int i = 0; i < resources.length; i++) {
                ids.add(ResourceEdits.add(config, resources[i], "ResourceSettings[" + i + "]", false, imageFormats()));
            }
            shared.refuseNewSharedWriters(uuid, before, config);
        });
        if (isActive(uuid)) {
            for (String id : ids) {
                deviceXml(defined, id).ifPresent(xml -> live(uuid, "attach " + id, d -> d.attachDeviceFlags(xml, AFFECT_LIVE)));
            }
        }
        return resulting(ids);
    }

    MethodResult modifyResourceSettings(MethodInputs args) throws CimException {
        CIMInstance[] resources = args.instances("ResourceSettings", true);
        String uuid = commonSystem(resources);
        List<String> ids = new ArrayList<>();
        DomainXml defined = host.editor().edit(uuid, "modify resources of " + uuid, config -> {
            SharedImages shared = new SharedImages(host);
            Set<String> before = shared.writableSources(config);
            for (int i = 0; i < resources.length; i++) {
                ResourceEdits.modify(config, resources[i], "ResourceSettings[" + i + "]", imageFormats());
                ids.add(Props.string(resources[i], "InstanceID", "ResourceSettings[" + i + "]"));
            }
            shared.refuseNewSharedWriters(uuid, before, config);
        });
        if (isActive(uuid)) {
            applyLive(uuid, defined, ids);
        }
        return resulting(ids);
    }

    MethodResult removeResourceSettings(MethodInputs args) throws CimException {
        CIMObjectPath[] refs = args.references("ResourceSettings", true);
        String[] ids = new String[refs.length];
        String uuid = null;
        for (int i = 0; i < refs.length; i++) {
            Object id = Paths.keyValue(refs[i], "InstanceID");
            refuseSnapshotSettings("ResourceSettings[" + i + "]", id == null ? null : id.toString());
            Optional<InstanceIds.Parsed> parsed = InstanceIds.parse(id == null ? null : id.toString());
            if (parsed.isEmpty() || parsed.get().kind().isEmpty()) {
                throw MethodInputs.invalid("ResourceSettings[" + i + "]",
                        "does not name a resource allocation of VE-manager: " + refs[i]);
            }
            if (uuid != null && !uuid.equalsIgnoreCase(parsed.get().uuid())) {
                throw MethodInputs.invalid("ResourceSettings[" + i + "]", "belongs to another virtual system than ResourceSettings[0]");
            }
            uuid = parsed.get().uuid();
            ids[i] = id.toString();
        }
        String system = uuid;
        ensureSystem(system, "ResourceSettings[0]");
        DomainXml before = host.editor().fetch(system);
        host.editor().edit(system, "remove resources from " + system, config -> {
            for (int i = 0; i < ids.length; i++) {
                ResourceEdits.remove(config, ids[i], "ResourceSettings[" + i + "]");
            }
        });
        if (isActive(system)) {
            for (String id : ids) {
                deviceXml(before, id).ifPresent(xml -> live(system, "detach " + id, d -> d.detachDeviceFlags(xml, AFFECT_LIVE)));
            }
        }
        return MethodResult.of(0, List.of(new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    /** Disk image formats answered from the host's storage pools (see {@link ImageFormats}). */
    private ImageFormats imageFormats() {
        StoragePools pools = new StoragePools(host.hypervisor());
        return new ImageFormats() {
            @Override
            public String ofVolume(String pool, String volume) throws CimException {
                return pools.volumeFormat(pool, volume);
            }

            @Override
            public Optional<String> ofFile(String path) throws CimException {
                return pools.formatOfPath(path);
            }
        };
    }

    private MethodResult resulting(List<String> ids) {
        CIMObjectPath[] paths = new CIMObjectPath[ids.size()];
        for (int i = 0; i < paths.length; i++) {
            ResourceKind kind = InstanceIds.parse(ids.get(i)).flatMap(InstanceIds.Parsed::kind).orElseThrow();
            paths[i] = InstanceBuilder.path(host.namespace(), kind.className(), InstanceBuilder.stringKey("InstanceID", ids.get(i)));
        }
        return MethodResult.of(0, List.of(
                new CIMArgument<>("ResultingResourceSettings", new CIMDataType("CIM_ResourceAllocationSettingData", 0), paths),
                new CIMArgument<>("Job", new CIMDataType(CimNames.CONCRETE_JOB), null)));
    }

    /** Processor and memory quantities applied to the running domain; failures leave them for the next start. */
    private void applyLive(String uuid, DomainXml defined, List<String> ids) {
        for (String id : ids) {
            ResourceKind kind = InstanceIds.parse(id).flatMap(InstanceIds.Parsed::kind).orElseThrow();
            if (kind == ResourceKind.PROCESSOR && defined.vcpu != null) {
                int vcpus = defined.vcpu.online();
                live(uuid, "set " + vcpus + " vCPUs", d -> d.setVcpus(vcpus));
            } else if (kind == ResourceKind.MEMORY && defined.currentMemory != null) {
                long kib = defined.currentMemory.kib();
                live(uuid, "set memory to " + kib + " KiB", d -> {
                    if (kib <= d.getMaxMemory()) {
                        d.setMemory(kib);
                    }
                });
            }
        }
    }

    /** A live change to a running domain. */
    @FunctionalInterface
    private interface LiveChange {
        void apply(Domain domain) throws LibvirtException;
    }

    private void live(String uuid, String what, LiveChange change) {
        try {
            host.hypervisor().onDomain(uuid, what, d -> {
                change.apply(d);
                return null;
            });
        } catch (CimException e) {
            LOG.info("{} on running system {} not applied live ({}); it takes effect at the next start", what, uuid, e.getMessage());
        }
    }

    /** The XML of the disk or NIC an InstanceID names, for hot-plug; empty for other kinds. */
    private static Optional<String> deviceXml(DomainXml config, String instanceId) {
        InstanceIds.Parsed id = InstanceIds.parse(instanceId).orElseThrow();
        ResourceKind kind = id.kind().orElseThrow();
        if (kind == ResourceKind.DISK) {
            return config.devices().disks.stream().filter(d -> id.local().equals(ResourceMapping.diskLocal(d))).findFirst()
                    .map(d -> LibvirtXml.writeElement("disk", Disk.class, d));
        }
        if (kind == ResourceKind.NETWORK) {
            return config.devices().interfaces.stream().filter(n -> id.local().equalsIgnoreCase(n.macAddress())).findFirst()
                    .map(n -> LibvirtXml.writeElement("interface", NetInterface.class, n));
        }
        return Optional.empty();
    }

    /**
     * INVALID_PARAMETER when {@code instanceId} names a snapshot's VSSD or one of its RASDs: they record the
     * definition saved with the snapshot, which no method may change (ApplySnapshot brings it back).
     */
    private static void refuseSnapshotSettings(String parameter, String instanceId) throws CimException {
        Optional<InstanceIds.SnapshotPart> snapshot = InstanceIds.parseSnapshot(instanceId);
        if (snapshot.isPresent()) {
            throw MethodInputs.invalid(parameter, "'" + instanceId + "' is a setting saved with snapshot '" + snapshot.get().name()
                    + "' of virtual system " + snapshot.get().uuid() + "; a snapshot's settings are read-only (ApplySnapshot returns the"
                    + " system to them)");
        }
    }

    private boolean isActive(String uuid) throws CimException {
        return host.domain(uuid).active();
    }

    private String commonSystem(CIMInstance[] resources) throws CimException {
        String uuid = null;
        for (int i = 0; i < resources.length; i++) {
            String label = "ResourceSettings[" + i + "]";
            String instanceId = Props.string(resources[i], "InstanceID", label);
            refuseSnapshotSettings(label, instanceId);
            Optional<InstanceIds.Parsed> id = InstanceIds.parse(instanceId);
            if (id.isEmpty() || id.get().kind().isEmpty()) {
                throw Props.invalid(label, "InstanceID", "'" + instanceId + "' does not name a resource allocation of VE-manager");
            }
            if (uuid != null && !uuid.equalsIgnoreCase(id.get().uuid())) {
                throw Props.invalid(label, "InstanceID", "belongs to another virtual system than ResourceSettings[0]");
            }
            uuid = id.get().uuid();
        }
        ensureSystem(uuid, "ResourceSettings[0]");
        return uuid;
    }

    private void ensureSystem(String uuid, String label) throws CimException {
        try {
            host.domain(uuid);
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                throw MethodInputs.invalid(label, "names resources of virtual system " + uuid + ", which does not exist");
            }
            throw e;
        }
    }

    private String existingSystem(CIMObjectPath path, String parameter) throws CimException {
        try {
            DomainView view = systems.view(path);
            return view.uuid();
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                throw MethodInputs.invalid(parameter, "names no virtual system here: " + path);
            }
            throw e;
        }
    }

    private boolean nameTaken(String name) throws CimException {
        return host.hypervisor().call("look up " + name, c -> {
            try {
                Domain d = c.domainLookupByName(name);
                d.free();
                return true;
            } catch (LibvirtException e) {
                if (LibvirtErrors.code(e) == ErrorNumber.VIR_ERR_NO_DOMAIN) {
                    return false;
                }
                throw e;
            }
        });
    }

    private String domainType(String requestedType) throws CimException {
        HostIdentity id = host.identity();
        if (requestedType == null) {
            return id.domainTypes().contains("kvm") ? "kvm" : id.domainTypes().isEmpty() ? "test" : id.domainTypes().get(0);
        }
        for (String t : id.domainTypes()) {
            if (VirtualSystemManagementCapabilitiesProvider.systemType(t).equalsIgnoreCase(requestedType)) {
                return t;
            }
        }
        throw MethodInputs.invalid("SystemSettings", "VirtualSystemType '" + requestedType + "' is not supported here; use one of "
                + id.domainTypes().stream().map(VirtualSystemManagementCapabilitiesProvider::systemType).toList());
    }

    /** A minimal definition: 1 vCPU, 512 MiB, no devices. */
    static DomainXml template(String domainType) {
        DomainXml config = new DomainXml();
        config.type = domainType;
        config.memory = ScaledNumber.kib(DEFAULT_MEMORY_KIB);
        config.currentMemory = ScaledNumber.kib(DEFAULT_MEMORY_KIB);
        config.vcpu = new Vcpu();
        config.vcpu.value = 1;
        config.os = new Os();
        config.os.type = new OsType();
        config.os.type.value = "lxc".equals(domainType.toLowerCase(Locale.ROOT)) ? "exe" : "hvm";
        config.devices();
        return config;
    }

    private DomainXml copyOf(CIMObjectPath reference, String requestedType) throws CimException {
        String uuid;
        try {
            uuid = VirtualSystemSettingDataProvider.uuidOf(reference);
            host.domain(uuid);
        } catch (CimException e) {
            throw MethodInputs.invalid("ReferenceConfiguration", "names no virtual system setting data here: " + reference);
        }
        DomainXml copy = host.editor().fetch(uuid);
        if (requestedType != null && !requestedType.equals(VirtualSystemManagementCapabilitiesProvider.systemType(copy.type))) {
            throw MethodInputs.invalid("SystemSettings", "VirtualSystemType '" + requestedType + "' differs from the reference's "
                    + VirtualSystemManagementCapabilitiesProvider.systemType(copy.type));
        }
        for (NetInterface nic : copy.devices().interfaces) {
            if (nic.mac == null) {
                nic.mac = new NetInterface.Mac();
            }
            nic.mac.address = ResourceEdits.randomMac();
        }
        return copy;
    }

    private static void applyNotes(DomainXml config, CIMInstance systemSettings) throws CimException {
        if (systemSettings != null && Props.has(systemSettings, "Notes")) {
            String[] notes = Props.strings(systemSettings, "Notes", "SystemSettings");
            config.description = notes.length == 0 ? null : String.join("\n", notes);
        }
    }
}

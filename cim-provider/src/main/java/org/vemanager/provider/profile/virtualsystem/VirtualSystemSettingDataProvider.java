package org.vemanager.provider.profile.virtualsystem;

import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainDefinition;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.profile.systemvirtualization.VirtualSystemManagementCapabilitiesProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_VirtualSystemSettingData: one per domain, from its persistent definition, and the snapshots that
 * other parts of the host contribute (listed and found through the host's extensions). InstanceID
 * {@code VEM:<uuid>}; VirtualSystemIdentifier and ElementName = the domain name; VirtualSystemType =
 * {@code libvirt:<domain type>}; Notes = the domain's description; Caption names the guest OS type,
 * architecture and machine ({@code hvm x86_64 pc-q35-7.2}).
 */
public final class VirtualSystemSettingDataProvider implements InstanceProvider {

    private final VirtHost host;

    public VirtualSystemSettingDataProvider(VirtHost host) {
        this.host = host;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CimNames.VSSD);
    }

    public CIMObjectPath path(String uuid) {
        return InstanceBuilder.path(host.namespace(), CimNames.VSSD, InstanceBuilder.stringKey("InstanceID", InstanceIds.vssd(uuid)));
    }

    /** The UUID a VSSD path names; NOT_FOUND for anything else. */
    public static String uuidOf(CIMObjectPath path) throws CimException {
        if (!Paths.isClass(path, CimNames.VSSD)) {
            throw new CimException(CimStatus.NOT_FOUND, "not a virtual system setting data: " + path);
        }
        return uuidOfInstanceId(String.valueOf(Paths.keyValue(path, "InstanceID")));
    }

    public static String uuidOfInstanceId(String instanceId) throws CimException {
        Optional<InstanceIds.Parsed> id = InstanceIds.parse(instanceId);
        if (id.isEmpty() || id.get().kind().isPresent()) {
            throw new CimException(CimStatus.NOT_FOUND, "no virtual system setting data with InstanceID " + instanceId);
        }
        return id.get().uuid();
    }

    public CIMInstance instance(DomainDefinition view) {
        DomainXml config = DomainXml.readOnly(view.persistentXml());
        String caption = config.os == null || config.os.type == null ? null
                : String.join(" ", nonNull(config.os.type.value), nonNull(config.os.type.arch), nonNull(config.os.type.machine)).trim();
        return new InstanceBuilder(host.namespace(), CimNames.VSSD)
                .key("InstanceID", InstanceIds.vssd(view.uuid()))
                .string("ElementName", view.name())
                .string("VirtualSystemIdentifier", view.name())
                .string("VirtualSystemType", VirtualSystemManagementCapabilitiesProvider.systemType(config.type))
                .caption(caption)
                .strings("Notes", config.description == null ? new String[0] : new String[] {config.description})
                .build();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainDefinition definition : host.definitions()) {
            sink.accept(instance(definition));
        }
        for (CIMInstance contributed : host.extensions().settings(CimNames.VSSD)) {
            sink.accept(contributed);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        // snapshots are VSSDs too, defined by the snapshot part of the host (HostExtensions)
        Optional<CIMInstance> contributed = host.extensions().setting(path);
        if (contributed.isPresent()) {
            return contributed.get();
        }
        return instance(host.domain(uuidOf(path)).definition());
    }
}

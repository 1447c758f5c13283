package org.vemanager.provider.profile.virtualsystem;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.SupportedStates;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_EnabledLogicalElementCapabilities: one per virtual system (InstanceID {@code VEM:<uuid>/capabilities});
 * RequestedStatesSupported is what the domain's driver really does ({@link SupportedStates}).
 */
public final class EnabledLogicalElementCapabilitiesProvider implements InstanceProvider {

    private static final String SUFFIX = "/capabilities";

    private final VirtHost host;

    public EnabledLogicalElementCapabilitiesProvider(VirtHost host) {
        this.host = host;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM);
    }

    public CIMObjectPath path(String uuid) {
        return InstanceBuilder.path(host.namespace(), CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM,
                InstanceBuilder.stringKey("InstanceID", InstanceIds.vssd(uuid) + SUFFIX));
    }

    /** The UUID whose capabilities a path names; NOT_FOUND for anything else. */
    public static String uuidOf(CIMObjectPath path) throws CimException {
        String id = String.valueOf(Paths.keyValue(path, "InstanceID"));
        if (!Paths.isClass(path, CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM) || !id.startsWith(CimNames.INSTANCE_ID_PREFIX)
                || !id.endsWith(SUFFIX)) {
            throw new CimException(CimStatus.NOT_FOUND, "no capabilities " + path);
        }
        return id.substring(CimNames.INSTANCE_ID_PREFIX.length(), id.length() - SUFFIX.length());
    }

    public CIMInstance instance(DomainView view) {
        String type = DomainXml.readOnly(view.persistentXml()).type;
        return new InstanceBuilder(host.namespace(), CimNames.ELEMENT_CAPABILITIES_OF_SYSTEM)
                .key("InstanceID", InstanceIds.vssd(view.uuid()) + SUFFIX)
                .string("ElementName", "Capabilities of " + view.name())
                .uint16s("RequestedStatesSupported", SupportedStates.forDomainType(type))
                .bool("ElementNameEditSupported", false)
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainView view : host.domains()) {
            sink.accept(instance(view));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(host.domain(uuidOf(path)));
    }
}

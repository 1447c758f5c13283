package org.vemanager.provider.profile.systemvirtualization;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostIdentity;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_HostSystem: the one host this node-agent manages. Name is the host's SMBIOS UUID when libvirt
 * reports one, else its host name. The hypervisor is data: {@value #HYPERVISOR_TYPE} (libvirt's driver
 * name) and {@value #HYPERVISOR_URI} (the libvirt URI).
 */
public final class HostSystemProvider implements InstanceProvider {

    public static final String HYPERVISOR_TYPE = "HypervisorDriver";
    public static final String HYPERVISOR_URI = "LibvirtURI";

    private final VirtHost host;

    public HostSystemProvider(VirtHost host) {
        this.host = host;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CimNames.HOST_SYSTEM);
    }

    /** The host's path. */
    public CIMObjectPath path() throws CimException {
        return InstanceBuilder.path(host.namespace(), CimNames.HOST_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("Name", host.identity().name()));
    }

    /** The host's Name key, used as SystemName by the services it scopes. */
    public String name() throws CimException {
        return host.identity().name();
    }

    public CIMInstance instance() throws CimException {
        HostIdentity id = host.identity();
        return new InstanceBuilder(host.namespace(), CimNames.HOST_SYSTEM)
                .key("CreationClassName", CimNames.HOST_SYSTEM)
                .key("Name", id.name())
                .string("ElementName", id.hostName())
                .caption("Virtualization host " + id.hostName())
                .string("NameFormat", id.name().equals(id.hostName()) ? "IP" : "UUID")
                .strings("OtherIdentifyingInfo", id.hostName())
                .uint16("EnabledState", 2)
                .uint16("RequestedState", 12)
                .uint16s("OperationalStatus", host.hypervisor().connected() ? 2 : 6)
                .string(HYPERVISOR_TYPE, id.driver())
                .string(HYPERVISOR_URI, id.uri())
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(instance());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (!Paths.same(path, path())) {
            throw new CimException(CimStatus.NOT_FOUND, "no host " + Paths.keyValue(path, "Name") + " here; this host is " + name());
        }
        return instance();
    }

    /** True when {@code path} names this host. */
    public boolean isThisHost(CIMObjectPath path) throws CimException {
        return Paths.same(path, path());
    }
}

package org.vemanager.provider.profile.systemvirtualization;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostIdentity;
import org.vemanager.provider.support.HostSingletonProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_HostSystem: the one host this node-agent manages. Name is the host's SMBIOS UUID when libvirt
 * reports one, else its host name. The hypervisor is data: {@value #HYPERVISOR_TYPE} (libvirt's driver
 * name) and {@value #HYPERVISOR_URI} (the libvirt URI).
 */
public final class HostSystemProvider extends HostSingletonProvider {

    public static final String HYPERVISOR_TYPE = "HypervisorDriver";
    public static final String HYPERVISOR_URI = "LibvirtURI";

    private final VirtHost host;

    public HostSystemProvider(VirtHost host) {
        super(CimNames.HOST_SYSTEM);
        this.host = host;
    }

    /** The host's path. */
    @Override
    public CIMObjectPath path() throws CimException {
        return InstanceBuilder.path(host.namespace(), CimNames.HOST_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.HOST_SYSTEM),
                InstanceBuilder.stringKey("Name", host.identity().name()));
    }

    /** The host's Name key, used as SystemName by the services it scopes. */
    public String name() throws CimException {
        return host.identity().name();
    }

    @Override
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
    protected String notFound(CIMObjectPath path) throws CimException {
        return "no host " + Paths.keyValue(path, "Name") + " here; this host is " + name();
    }

    /** True when {@code path} names this host. */
    public boolean isThisHost(CIMObjectPath path) throws CimException {
        return Paths.same(path, path());
    }
}

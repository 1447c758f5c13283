package org.vemanager.provider.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vemanager.provider.libvirt.DomainConfigEditor;
import org.vemanager.provider.libvirt.DomainDefinition;
import org.vemanager.provider.libvirt.DomainLifecycleEvent;
import org.vemanager.provider.libvirt.DomainStatus;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.Hypervisor;
import org.vemanager.provider.libvirt.xml.capabilities.CapabilitiesXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.Jobs;

/**
 * The host the providers serve: its hypervisor, the one config editor, the remembered requested states,
 * the server's job service, the namespace and what each part of the host contributes to shared classes
 * ({@link HostExtensions}). Shared by every provider of one host: register every part with the same
 * instance.
 */
public final class VirtHost {

    private final Hypervisor hypervisor;
    private final DomainConfigEditor editor;
    private final RequestedStates requestedStates = new RequestedStates();
    private final HostExtensions extensions = new HostExtensions();
    private final Jobs jobs;
    private final String namespace;
    private volatile HostIdentity identity;
    private final Object identityLock = new Object();

    public VirtHost(Hypervisor hypervisor, Jobs jobs) {
        this(hypervisor, jobs, CimNames.NAMESPACE);
    }

    public VirtHost(Hypervisor hypervisor, Jobs jobs, String namespace) {
        this.hypervisor = Objects.requireNonNull(hypervisor);
        this.editor = new DomainConfigEditor(hypervisor);
        this.jobs = jobs;
        this.namespace = namespace;
        // a system undefined behind our back must not keep a stale RequestedState if its UUID comes back
        hypervisor.addLifecycleListener(event -> {
            if (event.type() == DomainLifecycleEvent.Type.UNDEFINED) {
                requestedStates.forget(event.uuid());
            }
        });
    }

    public Hypervisor hypervisor() {
        return hypervisor;
    }

    public DomainConfigEditor editor() {
        return editor;
    }

    public RequestedStates requestedStates() {
        return requestedStates;
    }

    /** What the parts of this host contribute to the classes one provider serves for all of them. */
    public HostExtensions extensions() {
        return extensions;
    }

    /** The server's job service; IllegalStateException when the server offered none. */
    public Jobs jobs() {
        if (jobs == null) {
            throw new IllegalStateException("no job service was given to the virtualization providers");
        }
        return jobs;
    }

    public String namespace() {
        return namespace;
    }

    public List<DomainView> domains() throws CimException {
        return hypervisor.domains();
    }

    /** The UUID of every domain, from one atomic listing (for associations that need nothing else). */
    public List<String> domainUuids() throws CimException {
        return hypervisor.domainUuids();
    }

    /** Every domain's identity and run state, in one pass (for enumerations that need no XML). */
    public List<DomainStatus> statuses() throws CimException {
        return hypervisor.statuses();
    }

    /** Every domain's identity and persistent definition, in one pass. */
    public List<DomainDefinition> definitions() throws CimException {
        return hypervisor.definitions();
    }

    public DomainView domain(String uuid) throws CimException {
        return hypervisor.domain(uuid);
    }

    /**
     * Who the host is; read from libvirt once, then cached (none of it changes while connected). One
     * caller reads while the others wait: the capabilities call can take many seconds (libvirtd's QEMU
     * driver took 18-24 s here with libvirt 9.0 and no KVM), and parallel first callers would each pay it.
     */
    public HostIdentity identity() throws CimException {
        HostIdentity known = identity;
        if (known != null) {
            return known;
        }
        synchronized (identityLock) {
            return identity != null ? identity : readIdentity();
        }
    }

    private HostIdentity readIdentity() throws CimException {
        HostIdentity read = hypervisor.call("read the host identity", c -> {
            CapabilitiesXml caps = CapabilitiesXml.parse(c.getCapabilities());
            String hostName = c.getHostName();
            String uuid = caps.host == null ? null : caps.host.uuid;
            String name = uuid != null && !uuid.isBlank() ? uuid : hostName;
            return new HostIdentity(name, hostName, c.getType(), c.getURI(), new ArrayList<>(caps.domainTypes()));
        });
        identity = read;
        return read;
    }
}

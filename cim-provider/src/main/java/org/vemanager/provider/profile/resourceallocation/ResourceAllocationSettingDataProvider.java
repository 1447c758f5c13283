package org.vemanager.provider.profile.resourceallocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.mapping.ResourceMapping;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The RASDs of one resource kind; each VEM_…RASD class has a subclass named after it. The static
 * lookups serve every kind at once, for the associations and the VSMS. GetInstance and enumeration also
 * serve the RASDs other parts of the host contribute ({@link org.vemanager.provider.support.HostExtensions}:
 * the templates of allocation capabilities, the settings saved with snapshots).
 */
public abstract class ResourceAllocationSettingDataProvider implements InstanceProvider {

    private final VirtHost host;
    private final ResourceKind kind;

    protected ResourceAllocationSettingDataProvider(VirtHost host, ResourceKind kind) {
        this.host = host;
        this.kind = kind;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(kind.className());
    }

    /** Every RASD of the domain, of every kind. */
    public static List<CIMInstance> allOf(VirtHost host, DomainView view) {
        return ResourceMapping.rasds(host.namespace(), view.uuid(), DomainXml.readOnly(view.persistentXml()));
    }

    /** The RASD with this InstanceID, of any kind; NOT_FOUND when its system or the resource does not exist. */
    public static CIMInstance find(VirtHost host, String instanceId) throws CimException {
        Optional<InstanceIds.Parsed> id = InstanceIds.parse(instanceId);
        if (id.isEmpty() || id.get().kind().isEmpty()) {
            throw new CimException(CimStatus.NOT_FOUND, "no resource allocation with InstanceID " + instanceId);
        }
        for (CIMInstance rasd : allOf(host, host.domain(id.get().uuid()))) {
            if (instanceId.equals(rasd.getPropertyValue("InstanceID"))) {
                return rasd;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no resource allocation with InstanceID " + instanceId);
    }

    /** The UUID of the system a RASD path belongs to; NOT_FOUND for a path that is not one of ours. */
    public static String uuidOf(CIMObjectPath path) throws CimException {
        if (ResourceKind.ofClassName(path.getObjectName()).isEmpty()) {
            throw new CimException(CimStatus.NOT_FOUND, "not a resource allocation of a virtual system: " + path);
        }
        Optional<InstanceIds.Parsed> id = InstanceIds.parse(String.valueOf(Paths.keyValue(path, "InstanceID")));
        if (id.isEmpty() || id.get().kind().isEmpty()) {
            throw new CimException(CimStatus.NOT_FOUND, "no resource allocation " + path);
        }
        return id.get().uuid();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainView view : host.domains()) {
            for (CIMInstance rasd : ofKind(allOf(host, view))) {
                sink.accept(rasd);
            }
        }
        for (CIMInstance contributed : host.extensions().settings(kind.className())) {
            sink.accept(contributed);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        // allocation-capability templates are RASDs of our classes that no virtual system holds
        Optional<CIMInstance> contributed = host.extensions().setting(path);
        if (contributed.isPresent()) {
            return contributed.get();
        }
        CIMInstance rasd = find(host, String.valueOf(Paths.keyValue(path, "InstanceID")));
        if (!rasd.getClassName().equalsIgnoreCase(path.getObjectName())) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + path.getObjectName() + " " + Paths.keyValue(path, "InstanceID"));
        }
        return rasd;
    }

    private List<CIMInstance> ofKind(List<CIMInstance> rasds) {
        List<CIMInstance> out = new ArrayList<>();
        for (CIMInstance r : rasds) {
            if (r.getClassName().equals(kind.className())) {
                out.add(r);
            }
        }
        return out;
    }
}

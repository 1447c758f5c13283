package org.vemanager.provider.profile.virtualsystem;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainStatus;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.StateMapping;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/** VEM_ComputerSystem: one per libvirt domain, running or only defined; RequestStateChange changes its state. */
public final class ComputerSystemProvider implements InstanceProvider, MethodProvider {

    private final VirtHost host;
    private final StateTransitions transitions;

    public ComputerSystemProvider(VirtHost host) {
        this.host = host;
        this.transitions = new StateTransitions(host, this);
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CimNames.COMPUTER_SYSTEM);
    }

    public CIMObjectPath path(String uuid) {
        return InstanceBuilder.path(host.namespace(), CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM),
                InstanceBuilder.stringKey("Name", uuid));
    }

    /** The domain a path of ours names; NOT_FOUND for another class or an unknown UUID. */
    public DomainView view(CIMObjectPath path) throws CimException {
        return host.domain(uuidOf(path));
    }

    /** The UUID a VEM_ComputerSystem path names; NOT_FOUND for any other path. */
    public static String uuidOf(CIMObjectPath path) throws CimException {
        if (!Paths.isClass(path, CimNames.COMPUTER_SYSTEM)
                || !CimNames.COMPUTER_SYSTEM.equalsIgnoreCase(String.valueOf(Paths.keyValue(path, "CreationClassName")))) {
            throw new CimException(CimStatus.NOT_FOUND, "not a virtual system: " + path);
        }
        return Paths.stringKey(path, "Name");
    }

    public CIMInstance instance(DomainView view) {
        return instance(view.status());
    }

    public CIMInstance instance(DomainStatus view) {
        int enabled = StateMapping.enabledState(view.state(), view.managedSaveImage());
        return new InstanceBuilder(host.namespace(), CimNames.COMPUTER_SYSTEM)
                .key("CreationClassName", CimNames.COMPUTER_SYSTEM)
                .key("Name", view.uuid())
                .string("ElementName", view.name())
                .caption("Virtual system " + view.name())
                .string("NameFormat", "UUID")
                .uint16("EnabledState", enabled)
                .uint16("RequestedState", host.requestedStates().get(view.uuid()))
                .uint16("EnabledDefault", StateMapping.ENABLED)
                .uint16s("OperationalStatus", StateMapping.operationalStatus(view.state(), view.managedSaveImage()))
                .uint16s("Dedicated", 0)
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainStatus status : host.statuses()) {
            sink.accept(instance(status));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(view(path));
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName, CIMArgument<?>[] in)
            throws CimException {
        if (!"RequestStateChange".equalsIgnoreCase(methodName)) {
            throw new CimException(CimStatus.METHOD_NOT_AVAILABLE, methodName + " is not implemented for " + CimNames.COMPUTER_SYSTEM);
        }
        return transitions.requestStateChange(uuidOf(target), in);
    }
}

package org.vemanager.wbem.indication;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_ElementCapabilities in the interop namespace: the indication service and its capabilities. */
public final class ServiceCapabilitiesProvider implements AssociationProvider {

    private final IndicationClassNames names;
    private final IndicationServiceProvider service;

    public ServiceCapabilitiesProvider(IndicationClassNames names, IndicationServiceProvider service) {
        this.names = names;
        this.service = service;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.elementCapabilities());
    }

    private CIMInstance association() {
        CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.elementCapabilities(),
                Paths.reference("ManagedElement", "CIM_ManagedElement", service.servicePath()),
                Paths.reference("Capabilities", "CIM_Capabilities", service.capabilitiesPath()));
        return Paths.instance(path);
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(association());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMInstance association = association();
        if (!Paths.sameInstance(association.getObjectPath(), path)) {
            throw new CimException(CimStatus.NOT_FOUND, "No " + names.elementCapabilities() + " instance " + path);
        }
        return association;
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        boolean anyRole = role == null || role.isEmpty();
        boolean asElement = (anyRole || role.equalsIgnoreCase("ManagedElement")) && Paths.sameInstance(service.servicePath(), objectName);
        boolean asCapabilities = (anyRole || role.equalsIgnoreCase("Capabilities"))
                && Paths.sameInstance(service.capabilitiesPath(), objectName);
        if (asElement || asCapabilities) {
            sink.accept(association());
        }
    }
}

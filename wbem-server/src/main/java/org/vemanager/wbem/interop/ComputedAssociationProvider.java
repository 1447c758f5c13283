package org.vemanager.wbem.interop;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * An association whose instances are computed on each request from what other providers know (the
 * interop associations are few: a handful per namespace and profile). Subclasses say which
 * instances exist; enumeration, GetInstance and References follow from that list.
 */
abstract class ComputedAssociationProvider implements AssociationProvider {

    /** Every instance of the association, with full paths. */
    protected abstract List<CIMInstance> associations(RequestContext context) throws CimException;

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (CIMInstance association : associations(context)) {
            sink.accept(association);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        for (CIMInstance association : associations(context)) {
            if (Paths.sameInstance(association.getObjectPath(), path)) {
                return association;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "No " + path.getObjectName() + " instance " + path);
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        for (CIMInstance association : associations(context)) {
            if (refersTo(association, objectName, role)) {
                sink.accept(association);
            }
        }
    }

    private static boolean refersTo(CIMInstance association, CIMObjectPath objectName, String role) {
        for (CIMProperty<?> property : association.getProperties()) {
            boolean roleMatches = role == null || role.isEmpty() || property.getName().equalsIgnoreCase(role);
            if (roleMatches && property.getValue() instanceof CIMObjectPath target && Paths.sameInstance(target, objectName)) {
                return true;
            }
        }
        return false;
    }
}

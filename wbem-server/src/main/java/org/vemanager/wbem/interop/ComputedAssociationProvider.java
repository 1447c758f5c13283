package org.vemanager.wbem.interop;

import java.util.List;
import java.util.Set;
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
 * interop associations are few: a handful per namespace and profile). The constructor names the class
 * and its two references (role and declared class) once; subclasses say which instances exist, built
 * with {@link #link}; enumeration, GetInstance and References follow from that list.
 */
abstract class ComputedAssociationProvider implements AssociationProvider {

    private final String className;
    private final String firstRole;
    private final String firstClass;
    private final String secondRole;
    private final String secondClass;

    protected ComputedAssociationProvider(String className, String firstRole, String firstClass, String secondRole,
            String secondClass) {
        this.className = className;
        this.firstRole = firstRole;
        this.firstClass = firstClass;
        this.secondRole = secondRole;
        this.secondClass = secondClass;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    /** The association instance, in the interop namespace, from {@code first} to {@code second}. */
    protected final CIMInstance link(CIMObjectPath first, CIMObjectPath second) {
        return Paths.instance(Paths.association(InteropNamespace.NAME, className,
                Paths.reference(firstRole, firstClass, first), Paths.reference(secondRole, secondClass, second)));
    }

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

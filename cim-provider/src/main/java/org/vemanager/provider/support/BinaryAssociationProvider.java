package org.vemanager.provider.support;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * An association with two references (Antecedent/Dependent, GroupComponent/PartComponent, …): the
 * subclass says which links exist overall and which involve a given object, using the lookups of the
 * providers of the two ends; this class does enumeration, GetInstance and References.
 */
public abstract class BinaryAssociationProvider implements AssociationProvider {

    /** One association instance: its two ends. */
    public record Link(CIMObjectPath left, CIMObjectPath right) {
    }

    protected final VirtHost host;
    private final String className;
    private final String leftRole;
    private final String rightRole;

    protected BinaryAssociationProvider(VirtHost host, String className, String leftRole, String rightRole) {
        this.host = host;
        this.className = className;
        this.leftRole = leftRole;
        this.rightRole = rightRole;
    }

    /** Every link. */
    protected abstract List<Link> all() throws CimException;

    /** The links in which {@code object} takes part (may include others; they are filtered); empty when it does not exist. */
    protected abstract List<Link> linksOf(CIMObjectPath object) throws CimException;

    /** Non-key properties of a link, if the association has any. */
    protected void describe(InstanceBuilder builder, Link link) {
        // most associations have only their two references
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String requestedClass, InstanceSink sink) throws CimException {
        for (Link link : all()) {
            sink.accept(instance(link));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMObjectPath left = Paths.refKey(path, leftRole);
        CIMObjectPath right = Paths.refKey(path, rightRole);
        for (Link link : linksOf(left)) {
            if (Paths.same(link.left(), left) && Paths.same(link.right(), right)) {
                return instance(link);
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + className + " between " + left + " and " + right);
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        boolean asLeft = role == null || role.equalsIgnoreCase(leftRole);
        boolean asRight = role == null || role.equalsIgnoreCase(rightRole);
        for (Link link : linksOf(objectName)) {
            if (asLeft && Paths.same(link.left(), objectName) || asRight && Paths.same(link.right(), objectName)) {
                sink.accept(instance(link));
            }
        }
    }

    private CIMInstance instance(Link link) {
        InstanceBuilder builder = new InstanceBuilder(host.namespace(), className)
                .refKey(leftRole, link.left())
                .refKey(rightRole, link.right());
        describe(builder, link);
        return builder.build();
    }

    /** Runs a lookup that answers NOT_FOUND for a missing object as "no links". */
    protected static List<Link> orNone(LinkLookup lookup) throws CimException {
        try {
            return lookup.get();
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    /** A lookup of links that may fail. */
    @FunctionalInterface
    public interface LinkLookup {
        List<Link> get() throws CimException;
    }
}

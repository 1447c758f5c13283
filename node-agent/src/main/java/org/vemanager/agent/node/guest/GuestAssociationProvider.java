package org.vemanager.agent.node.guest;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * An association between two objects of one guest (or a guest and its VM): the subclass lists the
 * links of one guest; this class does enumeration (every answering guest), GetInstance and
 * References (the guest of the object asked about).
 */
abstract class GuestAssociationProvider implements AssociationProvider {

    /** One association instance: its two ends. */
    record Link(CIMObjectPath left, CIMObjectPath right) {
    }

    protected final GuestDirectory guests;
    private final String className;
    private final String leftRole;
    private final String rightRole;

    GuestAssociationProvider(GuestDirectory guests, String className, String leftRole, String rightRole) {
        this.guests = guests;
        this.className = className;
        this.leftRole = leftRole;
        this.rightRole = rightRole;
    }

    /** Every link inside one guest. */
    abstract List<Link> links(GuestVm guest) throws CimException;

    /** Non-key properties, for associations that have some. */
    void describe(InstanceBuilder builder, Link link) {
        // most associations have only their two references
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String requested, InstanceSink sink) throws CimException {
        guests.forEachGuest(guest -> {
            for (Link link : links(guest)) {
                sink.accept(instance(link));
            }
        });
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMObjectPath left = Paths.refKey(path, leftRole);
        CIMObjectPath right = Paths.refKey(path, rightRole);
        String uuid = GuestPaths.uuidOf(left) != null ? GuestPaths.uuidOf(left) : GuestPaths.requireUuid(right);
        for (Link link : links(guests.guest(uuid))) {
            if (Paths.same(link.left(), left) && Paths.same(link.right(), right)) {
                return instance(link);
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no " + className + " between " + left + " and " + right);
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        String uuid = GuestPaths.uuidOf(objectName);
        if (uuid == null) {
            return;
        }
        boolean fromVm = CimNames.COMPUTER_SYSTEM.equalsIgnoreCase(objectName.getObjectName());
        GuestVm guest;
        try {
            guest = guests.guest(uuid);
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND || fromVm) {
                // no (running) guest-agent: no guest objects; a broken configuration (an unusable
                // token, bad metadata) must not break walks from the VM either: its relay says what is wrong
                return;
            }
            throw e;
        }
        GuestVm answering = guest;
        acceptEnds(fromVm ? guests.fromVm(guest, () -> links(answering)) : links(guest), objectName, role, sink);
    }

    /** The instances of those {@code links} that have {@code objectName} at an end {@code role} allows. */
    void acceptEnds(List<Link> links, CIMObjectPath objectName, String role, InstanceSink sink) throws CimException {
        boolean asLeft = role == null || role.equalsIgnoreCase(leftRole);
        boolean asRight = role == null || role.equalsIgnoreCase(rightRole);
        for (Link link : links) {
            if (asLeft && Paths.same(link.left(), objectName) || asRight && Paths.same(link.right(), objectName)) {
                sink.accept(instance(link));
            }
        }
    }

    CIMInstance instance(Link link) {
        InstanceBuilder builder = new InstanceBuilder(GuestPaths.NAMESPACE, className)
                .refKey(leftRole, link.left())
                .refKey(rightRole, link.right());
        describe(builder, link);
        return builder.build();
    }
}

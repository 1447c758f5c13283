package org.vemanager.wbem.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.PathIdentity;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * An association class held as a list of links between two roles. Its {@code references} ignores
 * the role on purpose and answers every link touching the object, so tests prove the dispatcher
 * filters again.
 */
public final class LinkProvider implements AssociationProvider {

    private final String className;
    private final String roleA;
    private final String roleB;
    private final List<CIMInstance> links = new ArrayList<>();

    public LinkProvider(String className, String roleA, String roleB) {
        this.className = className;
        this.roleA = roleA;
        this.roleB = roleB;
    }

    /** TEST_Membership: alice and bob in team 1, carol in team 2. */
    public static LinkProvider memberships() {
        LinkProvider p = new LinkProvider("TEST_Membership", "Member", "Team");
        p.link(TestPaths.person("alice"), TestPaths.team(1), "lead");
        p.link(TestPaths.person("TEST_Ext", "bob"), TestPaths.team(1), "member");
        p.link(TestPaths.person("carol"), TestPaths.team(2), "member");
        return p;
    }

    /** TEST_Friendship: alice → bob. */
    public static LinkProvider friendships() {
        LinkProvider p = new LinkProvider("TEST_Friendship", "Friend", "OtherFriend");
        p.link(TestPaths.person("alice"), TestPaths.person("TEST_Ext", "bob"), null);
        return p;
    }

    public void link(CIMObjectPath a, CIMObjectPath b, String memberRole) {
        CIMProperty<?> refA = new CIMProperty<>(roleA, new CIMDataType(a.getObjectName()), a, true, false, null);
        CIMProperty<?> refB = new CIMProperty<>(roleB, new CIMDataType(b.getObjectName()), b, true, false, null);
        CIMObjectPath path = new CIMObjectPath(null, null, null, TestSchema.NAMESPACE, className, new CIMProperty<?>[] {refA, refB});
        List<CIMProperty<?>> props = new ArrayList<>(List.of(refA, refB));
        if (memberRole != null) {
            props.add(new CIMProperty<>("MemberRole", CIMDataType.STRING_T, memberRole));
        }
        links.add(new CIMInstance(path, props.toArray(CIMProperty<?>[]::new)));
    }

    @Override
    public Set<String> classNames() {
        return Set.of(className);
    }

    @Override
    public void enumerateInstances(RequestContext context, String name, InstanceSink sink) throws CimException {
        for (CIMInstance link : links) {
            sink.accept(link);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        String wanted = PathIdentity.of(path);
        for (CIMInstance link : links) {
            if (PathIdentity.of(link.getObjectPath()).equals(wanted)) {
                return link;
            }
        }
        throw new CimException(CimStatus.NOT_FOUND, "no such " + className);
    }

    @Override
    public void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException {
        String target = PathIdentity.of(objectName);
        for (CIMInstance link : links) {
            for (CIMProperty<?> p : link.getProperties()) {
                if (p.getValue() instanceof CIMObjectPath ref && PathIdentity.of(ref).equals(target)) {
                    sink.accept(link);
                    break;
                }
            }
        }
    }
}

package org.vemanager.console.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * The console's subscription to a node's lifecycle indications (DSP1054): a CIM_IndicationFilter for
 * changes of VEM_ComputerSystem, a CIM_ListenerDestinationCIMXML pointing at the console's listener,
 * and the CIM_IndicationSubscription tying them, all created with intrinsic operations and deleted
 * again on close. Transient, so a node does not keep delivering to a console that went away.
 */
public final class IndicationSubscription implements AutoCloseable {

    static final String QUERY = "SELECT * FROM CIM_InstIndication WHERE SourceInstance ISA VEM_ComputerSystem";

    private final NodeSession session;
    private final List<CIMObjectPath> created = new ArrayList<>();

    private IndicationSubscription(NodeSession session) {
        this.session = session;
    }

    /**
     * Subscribes {@code session}'s node to deliver to {@code listenerPort} on this machine, at the
     * address the node reaches us by (the local end of a connection to it).
     */
    public static IndicationSubscription subscribe(NodeSession session, int listenerPort) throws WBEMException, IOException {
        IndicationSubscription subscription = new IndicationSubscription(session);
        String tag = "vem-console-" + UUID.randomUUID();
        String destination = "http://" + hostForUrl(localAddressTowards(session.endpoint())) + ":" + listenerPort;
        try {
            CIMObjectPath filter = subscription.create("CIM_IndicationFilter", List.of(
                    string("Name", tag), string("Query", QUERY), string("QueryLanguage", "WQL"),
                    new CIMProperty<>("SourceNamespaces", CIMDataType.STRING_ARRAY_T, new String[] {NodeSession.VIRT})));
            CIMObjectPath handler = subscription.create("CIM_ListenerDestinationCIMXML", List.of(
                    string("Name", tag), string("Destination", destination),
                    new CIMProperty<>("PersistenceType", CIMDataType.UINT16_T, new UnsignedInteger16(3))));
            subscription.create("CIM_IndicationSubscription", List.of(
                    new CIMProperty<>("Filter", new CIMDataType("CIM_IndicationFilter"), filter),
                    new CIMProperty<>("Handler", new CIMDataType("CIM_ListenerDestinationCIMXML"), handler)));
        } catch (WBEMException e) {
            subscription.close();
            throw e;
        }
        return subscription;
    }

    private CIMObjectPath create(String className, List<CIMProperty<?>> properties) throws WBEMException {
        CIMInstance instance = new CIMInstance(new CIMObjectPath(null, null, null, NodeSession.INTEROP, className, null),
                properties.toArray(CIMProperty<?>[]::new));
        CIMObjectPath path = session.client().createInstance(instance);
        created.add(0, path);
        return path;
    }

    private static CIMProperty<String> string(String name, String value) {
        return new CIMProperty<>(name, CIMDataType.STRING_T, value);
    }

    private static InetAddress localAddressTowards(NodeEndpoint node) throws IOException {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(node.url().getHost(), node.port()), 5000);
            return probe.getLocalAddress();
        }
    }

    private static String hostForUrl(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Deletes what was created, newest first; failures are ignored (the node may be gone). */
    @Override
    public void close() {
        for (CIMObjectPath path : created) {
            try {
                session.client().deleteInstance(path);
            } catch (WBEMException | RuntimeException e) {
                // The node is unreachable or already dropped it; nothing more to clean up from here.
            }
        }
        created.clear();
    }
}

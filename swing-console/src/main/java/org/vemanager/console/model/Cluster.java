package org.vemanager.console.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.CertificatePins;
import org.metricshub.wbem.javax.wbem.listener.WBEMListener;
import org.metricshub.wbem.javax.wbem.listener.WBEMListenerFactory;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.IndicationSubscription;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.UnpinnedCertificateException;
import org.vemanager.console.client.VmSummary;

/**
 * Keeps a session per node and the {@link ClusterModel} up to date. Every remote call runs on this
 * class's own threads (one small pool for requests, one scheduler for refreshes), never on the
 * caller's, so a node that hangs cannot freeze the UI. A node that fails a refresh is marked
 * unreachable at once and retried on the next round.
 */
public final class Cluster implements AutoCloseable {

    /** Supplies a node's password when a session must be opened; null means "do not connect". */
    public interface Credentials {
        char[] password(NodeEndpoint endpoint);
    }

    private final ClusterModel model;
    private final CertificatePins pins;
    private final Credentials credentials;
    private final Map<String, NodeSession> sessions = new ConcurrentHashMap<>();
    /** Passwords typed this run, in memory only, so polling never asks twice; dropped on a failed login. */
    private final Map<String, char[]> passwords = new ConcurrentHashMap<>();
    private final ExecutorService requests = Executors.newFixedThreadPool(4, daemon("vem-console-request"));
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(daemon("vem-console-refresh"));
    /** Nodes that deliver lifecycle indications to us: polled only rarely, as a safety net. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final WBEMListener listener = WBEMListenerFactory.getListener("CIM-XML");
    /** Nodes that refused a subscription: not asked again this run. */
    private final java.util.Set<String> pollOnly = ConcurrentHashMap.newKeySet();
    private long pollRound;

    private record Live(IndicationSubscription subscription, int port) {
    }

    /** Poll rounds between refreshes of a node that delivers indications. */
    private static final int LIVE_NODE_POLL_EVERY = 6;

    public Cluster(ClusterModel model, CertificatePins pins, Credentials credentials) {
        this.model = model;
        this.pins = pins;
        this.credentials = credentials;
    }

    public ClusterModel model() {
        return model;
    }

    public CertificatePins pins() {
        return pins;
    }

    /** Adds a node and connects to it in the background. */
    public void add(NodeEndpoint endpoint) {
        model.put(new NodeState(endpoint, NodeStatus.CONNECTING, null, List.of()));
        requests.submit(() -> refresh(endpoint));
    }

    public void remove(NodeEndpoint endpoint) {
        unsubscribe(endpoint.label());
        NodeSession session = sessions.remove(endpoint.label());
        if (session != null) {
            session.close();
        }
        model.remove(endpoint);
    }

    /** Refreshes every node now and then every {@code periodSeconds} (the fallback when no indications arrive). */
    public void startPolling(long periodSeconds) {
        refresher.scheduleWithFixedDelay(this::refreshAll, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Refreshes every node that can be refreshed without the user (not those waiting for a password or a trust decision). */
    public void refreshAll() {
        long round = pollRound++;
        for (NodeState node : model.nodes()) {
            boolean waitsForUser = node.status() == NodeStatus.LOGIN_FAILED || node.status() == NodeStatus.UNTRUSTED;
            boolean delivers = live.containsKey(node.endpoint().label());
            if (!waitsForUser && (!delivers || round % LIVE_NODE_POLL_EVERY == 0)) {
                requests.submit(() -> refresh(node.endpoint()));
            }
        }
    }

    /**
     * Asks a node to deliver its VM lifecycle indications to a listener of ours; each delivery refreshes
     * that node. A node that cannot (no indication support, no route back to us) stays on polling.
     */
    private void subscribe(NodeEndpoint endpoint, NodeSession session) {
        if (live.containsKey(endpoint.label()) || pollOnly.contains(endpoint.label())) {
            return;
        }
        int port = -1;
        try {
            port = listener.addListener((destination, indication) -> requests.submit(() -> refresh(endpoint)), 0, "http");
            live.put(endpoint.label(), new Live(IndicationSubscription.subscribe(session, port), port));
        } catch (java.io.IOException | WBEMException | RuntimeException e) {
            if (port > 0) {
                listener.removeListener(port);
            }
            pollOnly.add(endpoint.label());
            System.getLogger(Cluster.class.getName()).log(System.Logger.Level.INFO,
                    endpoint.label() + " does not deliver indications (" + CimErrors.describe(e) + "); polling it");
        }
    }

    private void unsubscribe(String label) {
        Live l = live.remove(label);
        if (l != null) {
            l.subscription().close();
            listener.removeListener(l.port());
        }
    }

    /** Connects again after the user acted (new password, certificate accepted). */
    public void reconnect(NodeEndpoint endpoint) {
        requests.submit(() -> refresh(endpoint));
    }

    /** Re-reads one node's VMs; marks the node with what went wrong. Runs on a request thread. */
    public void refresh(NodeEndpoint endpoint) {
        NodeState current = model.node(endpoint.label());
        if (current == null) {
            return;
        }
        try {
            NodeSession session = session(endpoint);
            if (session == null) {
                model.put(current.with(NodeStatus.LOGIN_FAILED, "no password given"));
                return;
            }
            // The VMs and their states first (one enumeration), then their sizes (the larger one of every
            // RASD): a node with a thousand VMs shows them in the tree and table before its sizes arrive.
            List<VmSummary> states = session.listVmStates();
            model.put(current.withVms(keepKnownSizes(states, current.vms())));
            List<VmSummary> sized = session.withSizes(states);
            NodeState now = model.node(endpoint.label());
            if (now != null) {
                model.put(now.withVms(sized));
            }
            subscribe(endpoint, session);
        } catch (WBEMException e) {
            sessions.remove(endpoint.label());
            unsubscribe(endpoint.label());
            if (e.getCause() instanceof UnpinnedCertificateException unpinned) {
                model.put(current.untrusted(unpinned.fingerprint(), unpinned.getMessage()));
            } else {
                NodeStatus status = statusOf(e);
                if (status == NodeStatus.LOGIN_FAILED) {
                    passwords.remove(endpoint.label());
                }
                model.put(current.with(status, CimErrors.describe(e)));
            }
        } catch (RuntimeException e) {
            sessions.remove(endpoint.label());
            model.put(current.with(NodeStatus.UNREACHABLE, CimErrors.describe(e)));
        }
    }

    /** Fresh VM states with the sizes last read (so a refresh does not blank the table's size columns). */
    private static List<VmSummary> keepKnownSizes(List<VmSummary> fresh, List<VmSummary> known) {
        Map<String, VmSummary> byUuid = new java.util.HashMap<>();
        known.forEach(vm -> byUuid.put(String.valueOf(vm.uuid()), vm));
        return fresh.stream().map(vm -> {
            VmSummary before = byUuid.get(String.valueOf(vm.uuid()));
            return before == null ? vm : vm.withSize(before.vcpus(), before.memoryMiB());
        }).toList();
    }

    private static NodeStatus statusOf(WBEMException e) {
        if (e.getID() == WBEMException.CIM_ERR_ACCESS_DENIED || String.valueOf(e.getMessage()).contains("401")) {
            return NodeStatus.LOGIN_FAILED;
        }
        return NodeStatus.UNREACHABLE;
    }

    /** The open session of a node, opening one (asking for the password) when there is none. */
    public NodeSession session(NodeEndpoint endpoint) throws WBEMException {
        NodeSession session = sessions.get(endpoint.label());
        if (session != null) {
            return session;
        }
        char[] password = passwords.get(endpoint.label());
        if (password == null) {
            password = credentials.password(endpoint);
            if (password == null) {
                return null;
            }
            passwords.put(endpoint.label(), password);
        }
        session = NodeSession.open(endpoint, password, pins);
        sessions.put(endpoint.label(), session);
        return session;
    }

    /** Runs remote work on a request thread; the UI wraps the future in its own progress handling. */
    public <T> Future<T> submit(java.util.concurrent.Callable<T> work) {
        return requests.submit(work);
    }

    @Override
    public void close() {
        List.copyOf(live.keySet()).forEach(this::unsubscribe);
        refresher.shutdownNow();
        requests.shutdownNow();
        sessions.values().forEach(NodeSession::close);
        sessions.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}

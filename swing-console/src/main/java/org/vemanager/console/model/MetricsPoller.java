package org.vemanager.console.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.MetricReading;
import org.vemanager.console.client.NodeMetrics;
import org.vemanager.console.client.NodeSession;

/**
 * Reads every online node's latest metric sample into a {@link MetricHistory}, once per period (the
 * node-agent samples every 10 s; polling at that rate misses none and reads each at most twice). One
 * request per node and period, on the cluster's request threads; a node that fails is simply read
 * again next period, its health is the cluster refresh's business.
 */
public final class MetricsPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MetricsPoller.class.getName());

    private final Cluster cluster;
    private final MetricHistory history;
    private final Set<String> kept;
    private final Map<String, NodeMetrics> readers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vem-console-metrics");
        t.setDaemon(true);
        return t;
    });

    /** Keeps the metrics named in {@code kept} (definition Names), the ones the views draw. */
    public MetricsPoller(Cluster cluster, MetricHistory history, Set<String> kept) {
        this.cluster = cluster;
        this.history = history;
        this.kept = Set.copyOf(kept);
    }

    public MetricHistory history() {
        return history;
    }

    /** Polls now and then every {@code periodSeconds}. */
    public void start(long periodSeconds) {
        timer.scheduleWithFixedDelay(this::pollAll, 0, periodSeconds, TimeUnit.SECONDS);
    }

    /** Reads every online node once, now (on the cluster's request threads); forgets nodes that left. */
    public void pollAll() {
        List<NodeState> nodes = cluster.model().nodes();
        Set<String> present = nodes.stream().map(n -> n.endpoint().label()).collect(java.util.stream.Collectors.toSet());
        for (String gone : readers.keySet().stream().filter(l -> !present.contains(l)).toList()) {
            readers.remove(gone);
            history.forget(gone);
        }
        for (NodeState node : nodes) {
            if (node.status() == NodeStatus.ONLINE) {
                cluster.submit(() -> poll(node));
            }
        }
    }

    private Void poll(NodeState node) {
        String label = node.endpoint().label();
        try {
            NodeSession session = cluster.session(node.endpoint());
            if (session != null) {
                List<MetricReading> readings = readers.computeIfAbsent(label, k -> new NodeMetrics()).read(session);
                history.add(label, readings.stream().filter(r -> kept.contains(r.metric())).toList());
            }
        } catch (WBEMException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "metrics of " + label + " not read: " + CimErrors.describe(e));
        }
        return null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

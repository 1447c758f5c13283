package org.vemanager.console.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.VmSummary;

/**
 * The cluster as the console knows it: one {@link NodeState} per node. Updated from any thread;
 * listeners are called on the thread that updated, so views hop to the event thread themselves
 * (see the ui package). No Swing here.
 */
public final class ClusterModel {

    private final Map<String, NodeState> nodes = new LinkedHashMap<>();
    private final List<Consumer<ClusterModel>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<ClusterModel> listener) {
        listeners.add(listener);
    }

    public void put(NodeState state) {
        synchronized (nodes) {
            nodes.put(state.endpoint().label(), state);
        }
        fire();
    }

    public void remove(NodeEndpoint endpoint) {
        synchronized (nodes) {
            nodes.remove(endpoint.label());
        }
        fire();
    }

    public NodeState node(String label) {
        synchronized (nodes) {
            return nodes.get(label);
        }
    }

    public List<NodeState> nodes() {
        synchronized (nodes) {
            return List.copyOf(nodes.values());
        }
    }

    /** Every VM of every node, in node order. */
    public List<VmSummary> allVms() {
        List<VmSummary> all = new ArrayList<>();
        for (NodeState node : nodes()) {
            all.addAll(node.vms());
        }
        return all;
    }

    private void fire() {
        for (Consumer<ClusterModel> listener : listeners) {
            listener.accept(this);
        }
    }
}

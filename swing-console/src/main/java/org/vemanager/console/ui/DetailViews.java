package org.vemanager.console.ui;

import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.MetricHistory;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.perf.PerformancePanel;
import org.vemanager.console.ui.resources.NodeResourcesPanel;
import org.vemanager.console.ui.snapshot.SnapshotPanel;

/**
 * The views of one selected thing: performance of the selected VM (else of the selected node),
 * snapshots of the selected VM, storage and networks of the selected node (or of the selected VM's node).
 */
final class DetailViews {

    private final PerformancePanel performance;
    private final SnapshotPanel snapshots;
    private final NodeResourcesPanel resources;

    DetailViews(Cluster cluster, Background background, MetricHistory history) {
        performance = new PerformancePanel(history);
        snapshots = new SnapshotPanel(cluster, background);
        resources = new NodeResourcesPanel(cluster, background);
    }

    /** Shows the selection: one VM (or null) and the node it is on or that is selected (or null). */
    void follow(VmSummary vm, NodeState node) {
        if (vm != null) {
            performance.show(vm);
        } else if (node != null) {
            performance.show(node);
        }
        snapshots.show(vm);
        resources.show(node);
    }

    PerformancePanel performance() {
        return performance;
    }

    SnapshotPanel snapshots() {
        return snapshots;
    }

    NodeResourcesPanel resources() {
        return resources;
    }
}

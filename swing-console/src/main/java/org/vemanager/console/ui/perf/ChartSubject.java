package org.vemanager.console.ui.perf;

import org.vemanager.console.client.MetricReading;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.NodeState;

/**
 * What the performance charts show: a VM or a node, and which of its metrics (DSP1053 definition
 * Names) feed the CPU and memory charts.
 */
record ChartSubject(String node, String elementId, String title, String cpu, String memoryUsed, String memoryAvailable) {

    /** Every metric some chart draws: the ones worth keeping a history of. */
    static final java.util.Set<String> CHARTED = java.util.Set.of(MetricReading.VM_CPU, MetricReading.VM_MEMORY_USED,
            MetricReading.VM_MEMORY_AVAILABLE, MetricReading.HOST_CPU, MetricReading.HOST_MEMORY_USED,
            MetricReading.HOST_MEMORY_AVAILABLE);

    static ChartSubject of(VmSummary vm) {
        return new ChartSubject(vm.node(), vm.uuid() == null ? "" : vm.uuid().toLowerCase(java.util.Locale.ROOT),
                "VM " + vm.name(), MetricReading.VM_CPU, MetricReading.VM_MEMORY_USED, MetricReading.VM_MEMORY_AVAILABLE);
    }

    static ChartSubject of(NodeState node) {
        String label = node.endpoint().label();
        return new ChartSubject(label, MetricReading.NODE, "Node " + label, MetricReading.HOST_CPU, MetricReading.HOST_MEMORY_USED,
                MetricReading.HOST_MEMORY_AVAILABLE);
    }
}

package org.vemanager.console.model;

import java.util.List;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.VmSummary;

/**
 * An immutable picture of one node: its health, the last problem, its VMs, and — when its status is
 * UNTRUSTED — the SHA-256 fingerprint of the certificate it presented, for the user to accept.
 */
public record NodeState(NodeEndpoint endpoint, NodeStatus status, String problem, List<VmSummary> vms,
        String untrustedFingerprint) {

    public NodeState {
        vms = List.copyOf(vms);
    }

    public NodeState(NodeEndpoint endpoint, NodeStatus status, String problem, List<VmSummary> vms) {
        this(endpoint, status, problem, vms, null);
    }

    public NodeState with(NodeStatus newStatus, String newProblem) {
        return new NodeState(endpoint, newStatus, newProblem, vms, null);
    }

    public NodeState untrusted(String fingerprint, String newProblem) {
        return new NodeState(endpoint, NodeStatus.UNTRUSTED, newProblem, List.of(), fingerprint);
    }

    public NodeState withVms(List<VmSummary> newVms) {
        return new NodeState(endpoint, NodeStatus.ONLINE, null, newVms, null);
    }
}

package org.vemanager.console.ui.cluster;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.VmAction;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.Background;

/**
 * The VM actions of menus, toolbar and context menus. Each runs its CIM call in the background,
 * confirms first when it destroys something, and shows the node's answer (or its error, readable).
 */
public final class VmActions {

    private final Cluster cluster;
    private final Background background;
    private final Component parent;
    private final Supplier<List<VmSummary>> selection;
    private final Supplier<NodeState> selectedNode;
    private final List<Action> stateActions = new ArrayList<>();

    public VmActions(Cluster cluster, Background background, Component parent, Supplier<List<VmSummary>> selection,
            Supplier<NodeState> selectedNode) {
        this.cluster = cluster;
        this.background = background;
        this.parent = parent;
        this.selection = selection;
        this.selectedNode = selectedNode;
        for (VmAction action : VmAction.values()) {
            Action a = action(action.label(), e -> changeState(action));
            a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(accelerator(action)));
            stateActions.add(a);
        }
    }

    /**
     * Ctrl+Shift and the action's initial where it is free (S, R, P, H, B, V), the others by a letter of
     * their own; destructive ones (power off, reset) need Ctrl+Alt so a slip of the hand does not reach them.
     */
    private static String accelerator(VmAction action) {
        return switch (action) {
            case START -> "control shift S";
            case RESUME -> "control shift R";
            case PAUSE -> "control shift P";
            case SHUT_DOWN -> "control shift H";
            case REBOOT -> "control shift B";
            case SAVE -> "control shift V";
            case POWER_OFF -> "control alt O";
            case RESET -> "control alt X";
        };
    }

    public List<Action> stateActions() {
        return stateActions;
    }

    public Action createVm() {
        Action a = action("New VM…", e -> createVmOnSelectedNode());
        a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke("control N"));
        return a;
    }

    public Action setVcpus() {
        return action("Set vCPUs…", e -> setResource(3, "vCPUs", "count"));
    }

    public Action setMemory() {
        return action("Set memory…", e -> setResource(4, "Memory (MiB)", "byte*2^20"));
    }

    public Action delete() {
        Action a = action("Delete…", e -> deleteSelected());
        a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke("DELETE"));
        return a;
    }

    private void changeState(VmAction action) {
        List<VmSummary> vms = selection.get();
        if (vms.isEmpty()) {
            return;
        }
        if (action.destructive() && !confirm(action.label() + " " + names(vms) + "? Unsaved guest state is lost.")) {
            return;
        }
        for (VmSummary vm : vms) {
            background.run(action.label() + " " + vm.name(), () -> {
                NodeSession.MethodOutcome outcome = session(vm).requestStateChange(vm.path(), action);
                return outcome;
            }, outcome -> report(action.label() + " " + vm.name(), outcome, vm.node()));
        }
    }

    private void setResource(int resourceType, String label, String units) {
        List<VmSummary> vms = selection.get();
        if (vms.size() != 1) {
            JOptionPane.showMessageDialog(parent, "Select one VM.", label, JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        VmSummary vm = vms.get(0);
        long current = resourceType == 3 ? vm.vcpus() : vm.memoryMiB();
        String answer = JOptionPane.showInputDialog(parent, label + " for " + vm.name() + ":", current < 0 ? "" : current);
        if (answer == null) {
            return;
        }
        long value;
        try {
            value = Long.parseLong(answer.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            JOptionPane.showMessageDialog(parent, label + ": enter a whole number of at least 1.", label,
                    JOptionPane.WARNING_MESSAGE);
            return;
        }
        background.run(label + " of " + vm.name(), () -> {
            NodeSession session = session(vm);
            CIMInstance rasd = session.resourceSettings(vm.path(), resourceType);
            CIMInstance edited = rasd.deriveInstance(new CIMProperty<?>[] {
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(Long.toString(value))),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units)});
            return session.modifyResource(edited);
        }, outcome -> report(label + " of " + vm.name(), outcome, vm.node()));
    }

    private void deleteSelected() {
        List<VmSummary> vms = selection.get();
        if (vms.isEmpty() || !confirm("Delete " + names(vms) + "? The definition is removed; this cannot be undone.")) {
            return;
        }
        for (VmSummary vm : vms) {
            background.run("Delete " + vm.name(), () -> session(vm).destroy(vm.path()),
                outcome -> report("Delete " + vm.name(), outcome, vm.node()));
        }
    }

    private void createVmOnSelectedNode() {
        NodeState node = selectedNode.get();
        if (node == null) {
            JOptionPane.showMessageDialog(parent, "Select a node first.", "New VM", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        VmSpec spec = new CreateVmDialog().ask(javax.swing.SwingUtilities.getWindowAncestor(parent), node.endpoint().label());
        if (spec == null) {
            return;
        }
        background.run("Create " + spec.name(), () -> cluster.session(node.endpoint()).define(spec.systemSettings(),
                spec.resourceSettings()), path -> cluster.submit(() -> {
                    cluster.refresh(node.endpoint());
                    return null;
                }));
    }

    private void report(String what, NodeSession.MethodOutcome outcome, String node) {
        if (!outcome.ok()) {
            JOptionPane.showMessageDialog(parent, what + ": " + CimErrors.returnCode(outcome.returnCode()), what,
                    JOptionPane.WARNING_MESSAGE);
        }
        NodeState state = cluster.model().node(node);
        if (state != null) {
            NodeEndpoint endpoint = state.endpoint();
            cluster.submit(() -> {
                cluster.refresh(endpoint);
                return null;
            });
        }
    }

    private NodeSession session(VmSummary vm) throws Exception {
        NodeState node = cluster.model().node(vm.node());
        if (node == null) {
            throw new IllegalStateException("node " + vm.node() + " is no longer in the cluster");
        }
        NodeSession session = cluster.session(node.endpoint());
        if (session == null) {
            throw new IllegalStateException("not logged in to " + vm.node());
        }
        return session;
    }

    private boolean confirm(String question) {
        return JOptionPane.showConfirmDialog(parent, question, "Confirm", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    private static String names(List<VmSummary> vms) {
        return vms.size() == 1 ? vms.get(0).name() : vms.size() + " VMs";
    }

    private interface Handler {
        void handle(ActionEvent e);
    }

    private static Action action(String name, Handler handler) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                handler.handle(e);
            }
        };
    }
}

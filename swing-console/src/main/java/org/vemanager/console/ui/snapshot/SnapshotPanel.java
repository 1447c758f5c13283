package org.vemanager.console.ui.snapshot;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.VmSnapshots;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.Background;

/**
 * The snapshot manager of the selected VM: its snapshots as a tree (parent above child, the one the
 * VM's present state descends from marked "current"), and taking, reverting to and deleting them. What
 * the node cannot answer is said in the panel, not in an error dialog, since an older node may simply
 * not serve snapshots.
 */
public final class SnapshotPanel extends JPanel {

    private final Cluster cluster;
    private final Background background;
    private final JLabel heading = new JLabel("Select a VM to see its snapshots.");
    private final JLabel problem = new JLabel(" ");
    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode("Snapshots");
    private final DefaultTreeModel model = new DefaultTreeModel(root);
    private final JTree tree = new JTree(model);
    private final JButton create = new JButton("Take snapshot…");
    private final JButton revert = new JButton("Revert to");
    private final JButton delete = new JButton("Delete");
    private final JButton refresh = new JButton("Refresh");
    private transient VmSummary vm;
    /** What the user last did to the shown VM's snapshots, said in the heading once it is done (e.g. "reverted to x"). */
    private String lastDone;
    private List<Integer> types = List.of();

    /** What one load brought: the listing and the snapshot types the node offers. */
    private record Loaded(VmSnapshots.Listing listing, List<Integer> types) {
    }

    public SnapshotPanel(Cluster cluster, Background background) {
        super(new BorderLayout(0, 6));
        this.cluster = cluster;
        this.background = background;
        setName("snapshots");
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        heading.setName("snap.heading");
        problem.setName("snap.problem");
        tree.setName("snap.tree");
        create.setName("snap.create");
        revert.setName("snap.revert");
        delete.setName("snap.delete");
        refresh.setName("snap.refresh");
        tree.setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree t, Object value, boolean selected, boolean expanded,
                    boolean leaf, int row, boolean focus) {
                JLabel label = (JLabel) super.getTreeCellRendererComponent(t, value, selected, expanded, leaf, row, focus);
                if (((DefaultMutableTreeNode) value).getUserObject() instanceof VmSnapshots.Snapshot s) {
                    label.setText(s.name() + (s.current() ? "  (current)" : ""));
                    label.setToolTipText((s.created() == null ? "" : "Taken " + s.created())
                            + (s.description() == null ? "" : " — " + s.description()));
                }
                return label;
            }
        });
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        create.addActionListener(e -> create());
        revert.addActionListener(e -> onSelected("Revert " + vmName() + " to", "reverted to", this::confirmRevert,
                VmSnapshots::apply));
        delete.addActionListener(e -> onSelected("Delete snapshot", "deleted", this::confirmDelete, VmSnapshots::destroy));
        refresh.addActionListener(e -> load());
        tree.addTreeSelectionListener(e -> enableActions());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(create);
        buttons.add(revert);
        buttons.add(delete);
        buttons.add(refresh);
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(heading, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(tree), BorderLayout.CENTER);
        add(problem, BorderLayout.SOUTH);
        enableActions();
    }

    /** Shows a VM's snapshots (reading them only when the VM changed), or nothing. */
    public void show(VmSummary selected) {
        boolean same = isShown(selected);
        vm = selected;
        if (!same) {
            lastDone = null;
        }
        if (selected == null) {
            heading.setText("Select a VM to see its snapshots.");
            root.removeAllChildren();
            model.reload();
            enableActions();
        } else if (!same) {
            load();
        }
    }

    private String vmName() {
        return vm == null ? "" : vm.name();
    }

    private void load() {
        VmSummary target = vm;
        if (target == null) {
            return;
        }
        heading.setText("Snapshots of " + target.name() + " (reading…)");
        background.run("Read snapshots of " + target.name(), () -> {
            try {
                VmSnapshots snapshots = new VmSnapshots(session(target));
                return new Loaded(snapshots.list(target.path()), snapshots.supportedTypes());
            } catch (WBEMException e) {
                return new Loaded(new VmSnapshots.Listing(List.of(), "The node does not answer for snapshots: "
                        + CimErrors.describe(e)), List.of());
            }
        }, loaded -> {
            if (isShown(target)) {
                showListing(target, loaded);
            }
        });
    }

    private void showListing(VmSummary target, Loaded loaded) {
        types = loaded.types();
        List<VmSnapshots.Snapshot> snapshots = loaded.listing().snapshots();
        root.setUserObject(target.name());
        root.removeAllChildren();
        Map<String, DefaultMutableTreeNode> items = new HashMap<>();
        for (VmSnapshots.Snapshot s : snapshots) {
            items.put(s.instanceId(), new DefaultMutableTreeNode(s));
        }
        for (VmSnapshots.Snapshot s : snapshots) {
            DefaultMutableTreeNode parent = s.parentId() == null ? null : items.get(s.parentId());
            (parent != null ? parent : root).add(items.get(s.instanceId()));
        }
        model.reload();
        for (int i = 0; i < tree.getRowCount(); i++) {
            tree.expandRow(i);
        }
        heading.setText("Snapshots of " + target.name() + ": " + snapshots.size() + (lastDone == null ? "" : "  —  " + lastDone));
        problem.setText(loaded.listing().problem() == null ? " " : loaded.listing().problem());
        problem.setToolTipText(loaded.listing().problem());
        enableActions();
    }

    private void enableActions() {
        boolean snapshotSelected = selected() != null;
        create.setEnabled(vm != null);
        revert.setEnabled(snapshotSelected);
        delete.setEnabled(snapshotSelected);
        refresh.setEnabled(vm != null);
    }

    private VmSnapshots.Snapshot selected() {
        TreePath path = tree.getSelectionPath();
        return path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject()
                instanceof VmSnapshots.Snapshot s ? s : null;
    }

    private void create() {
        VmSummary target = vm;
        SnapshotRequest request = target == null ? null : new SnapshotRequestDialog(types).ask(this, target.name());
        if (request == null) {
            return;
        }
        background.run("Snapshot " + target.name() + " as " + request.name(), () -> {
            new VmSnapshots(session(target)).create(target.path(), request.name(), request.type());
            return null;
        }, done -> {
            lastDone = "took " + request.name();
            reloadIfStill(target);
        });
    }

    private interface SnapshotCall {
        void call(VmSnapshots snapshots, org.metricshub.wbem.javax.cim.CIMObjectPath snapshot) throws Exception;
    }

    private interface Confirmation {
        boolean ask(VmSnapshots.Snapshot snapshot);
    }

    private void onSelected(String what, String pastTense, Confirmation confirmation, SnapshotCall call) {
        VmSummary target = vm;
        VmSnapshots.Snapshot snapshot = selected();
        if (target == null || snapshot == null || !confirmation.ask(snapshot)) {
            return;
        }
        background.run(what + " " + snapshot.name(), () -> {
            call.call(new VmSnapshots(session(target)), snapshot.path());
            return null;
        }, done -> {
            lastDone = pastTense + " " + snapshot.name();
            reloadIfStill(target);
            cluster.submit(() -> {
                NodeState node = cluster.model().node(target.node());
                if (node != null) {
                    cluster.refresh(node.endpoint());
                }
                return null;
            });
        });
    }

    private boolean confirmRevert(VmSnapshots.Snapshot snapshot) {
        return confirm("Revert " + vmName() + " to snapshot " + snapshot.name()
                + "? Its present state (disks, and memory if it runs) is lost unless a snapshot holds it.");
    }

    private boolean confirmDelete(VmSnapshots.Snapshot snapshot) {
        return confirm("Delete snapshot " + snapshot.name() + " of " + vmName()
                + "? Its children are kept. This cannot be undone.");
    }

    private boolean confirm(String question) {
        return JOptionPane.showConfirmDialog(this, question, "Confirm", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    private void reloadIfStill(VmSummary target) {
        if (isShown(target)) {
            load();
        }
    }

    /** Whether {@code other} is the VM shown (the same VM of the same node, whatever its state now). */
    private boolean isShown(VmSummary other) {
        return vm != null && other != null && vm.node().equals(other.node()) && String.valueOf(vm.uuid()).equals(other.uuid());
    }

    private NodeSession session(VmSummary target) throws WBEMException {
        NodeState node = cluster.model().node(target.node());
        NodeSession session = node == null ? null : cluster.session(node.endpoint());
        if (session == null) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "not connected to " + target.node());
        }
        return session;
    }

    public JTree tree() {
        return tree;
    }
}

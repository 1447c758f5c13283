package org.vemanager.console.ui.cluster;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.model.NodeStatus;

/** The cluster tree: nodes with their health, and under each its VMs with their state. */
public final class ClusterTreePanel extends JPanel {

    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode("Cluster");
    private final DefaultTreeModel model = new DefaultTreeModel(root);
    private final JTree tree = new JTree(model);

    public ClusterTreePanel() {
        super(new BorderLayout());
        tree.setName("cluster.tree");
        tree.setRootVisible(true);
        tree.setShowsRootHandles(true);
        tree.setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree t, Object value, boolean selected, boolean expanded,
                    boolean leaf, int row, boolean focus) {
                JLabel label = (JLabel) super.getTreeCellRendererComponent(t, value, selected, expanded, leaf, row, focus);
                Object item = ((DefaultMutableTreeNode) value).getUserObject();
                if (item instanceof NodeState node) {
                    label.setIcon(StateIcons.of(node.status()));
                    String detail = node.status() == NodeStatus.ONLINE ? node.vms().size() + " VMs" : node.status().label();
                    label.setText(node.endpoint().label() + "  (" + detail + ")");
                    label.setToolTipText(node.problem());
                } else if (item instanceof VmSummary vm) {
                    label.setIcon(StateIcons.of(vm.state()));
                    label.setText(vm.name());
                    label.setToolTipText(vm.state().label() + " — " + vm.uuid());
                }
                return label;
            }
        });
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        add(new JScrollPane(tree), BorderLayout.CENTER);
    }

    /**
     * Rebuilds the tree from the nodes, keeping which nodes were expanded (new nodes start expanded)
     * and what was selected, so a refresh never takes the user's selection away.
     */
    public void setNodes(List<NodeState> nodes) {
        String selectedKey = keyOf(tree.getSelectionPath());
        Set<String> collapsed = new HashSet<>();
        for (int i = 0; i < root.getChildCount(); i++) {
            DefaultMutableTreeNode child = (DefaultMutableTreeNode) root.getChildAt(i);
            // A node without VMs yet cannot be expanded; only a collapse the user made is kept.
            if (child.getChildCount() > 0 && !tree.isExpanded(new TreePath(child.getPath()))) {
                collapsed.add(((NodeState) child.getUserObject()).endpoint().label());
            }
        }
        root.removeAllChildren();
        for (NodeState node : nodes) {
            DefaultMutableTreeNode nodeItem = new DefaultMutableTreeNode(node);
            for (VmSummary vm : node.vms()) {
                nodeItem.add(new DefaultMutableTreeNode(vm, false));
            }
            root.add(nodeItem);
        }
        model.reload();
        for (int i = 0; i < root.getChildCount(); i++) {
            DefaultMutableTreeNode child = (DefaultMutableTreeNode) root.getChildAt(i);
            if (!collapsed.contains(((NodeState) child.getUserObject()).endpoint().label())) {
                tree.expandPath(new TreePath(child.getPath()));
            }
            reselect(child, selectedKey);
            for (int j = 0; j < child.getChildCount(); j++) {
                reselect((DefaultMutableTreeNode) child.getChildAt(j), selectedKey);
            }
        }
    }

    private void reselect(DefaultMutableTreeNode item, String selectedKey) {
        if (selectedKey != null && selectedKey.equals(keyOf(new TreePath(item.getPath())))) {
            tree.setSelectionPath(new TreePath(item.getPath()));
        }
    }

    /** What identifies a tree item across rebuilds: the node's label, or node label + VM UUID. */
    private static String keyOf(TreePath path) {
        if (path == null) {
            return null;
        }
        Object item = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        if (item instanceof NodeState node) {
            return node.endpoint().label();
        }
        if (item instanceof VmSummary vm) {
            return vm.node() + "/" + vm.uuid();
        }
        return null;
    }

    /** The selected node's state, or the node of a selected VM; null when nothing is selected. */
    public NodeState selectedNode() {
        TreePath path = tree.getSelectionPath();
        if (path == null) {
            return null;
        }
        for (Object element : path.getPath()) {
            Object item = ((DefaultMutableTreeNode) element).getUserObject();
            if (item instanceof NodeState node) {
                return node;
            }
        }
        return null;
    }

    public VmSummary selectedVm() {
        TreePath path = tree.getSelectionPath();
        if (path == null) {
            return null;
        }
        Object item = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        return item instanceof VmSummary vm ? vm : null;
    }

    public JTree tree() {
        return tree;
    }
}

package org.vemanager.console.ui.resources;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.NodePools;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.Background;

/**
 * Storage and networks of the selected node, from the pools its host serves: storage pools with
 * capacity, used and free space; virtual networks with their mode, state and connected adapters; the
 * host's processors and memory with what running VMs reserve; and, for the pool selected, its volumes
 * (with the VMs whose disks they are) and the VM resources drawn from it (disks and their images,
 * network adapters). Pools, volumes and networks are created and deleted here too ({@link PoolActions}).
 */
public final class NodeResourcesPanel extends JPanel {

    private final Cluster cluster;
    private final Background background;
    private final JLabel heading = new JLabel("Select a node to see its storage and networks.");
    private final JLabel host = new JLabel(" ");
    private final JLabel problem = new JLabel(" ");
    private final RowTableModel<NodePools.Pool> storage = new RowTableModel<>(List.of(
            new RowTableModel.Column<>("Storage pool", NodePools.Pool::name),
            new RowTableModel.Column<>("Type", NodePools.Pool::subType),
            new RowTableModel.Column<>("Capacity", p -> Sizes.of(p.capacity(), p.units())),
            new RowTableModel.Column<>("Used", p -> Sizes.of(p.reserved(), p.units())),
            new RowTableModel.Column<>("Free", p -> p.capacity() < 0 ? "—" : Sizes.of(p.capacity() - p.reserved(), p.units())),
            new RowTableModel.Column<>("State", p -> p.running() ? "active" : "inactive")));
    private final RowTableModel<NodePools.Pool> networks = new RowTableModel<>(List.of(
            new RowTableModel.Column<>("Network", NodePools.Pool::name),
            new RowTableModel.Column<>("Mode", NodePools.Pool::subType),
            new RowTableModel.Column<>("State", p -> p.running() ? "active" : "inactive"),
            new RowTableModel.Column<>("Adapters of running VMs", NodePools.Pool::reserved)));
    private final RowTableModel<NodePools.Allocation> allocations = new RowTableModel<>(List.of(
            new RowTableModel.Column<>("VM", NodePools.Allocation::vm),
            new RowTableModel.Column<>("Resource", NodePools.Allocation::elementName),
            new RowTableModel.Column<>("On the host", NodePools.Allocation::hostResource),
            new RowTableModel.Column<>("Size", a -> Sizes.of(a.quantity(), a.units()))));
    private final RowTableModel<NodePools.Volume> volumes = new RowTableModel<>(List.of(
            new RowTableModel.Column<>("Volume", NodePools.Volume::name),
            new RowTableModel.Column<>("Path", NodePools.Volume::path),
            new RowTableModel.Column<>("Capacity", v -> Sizes.bytes(v.capacity())),
            new RowTableModel.Column<>("Allocation", v -> Sizes.bytes(v.allocation())),
            new RowTableModel.Column<>("Used by", v -> v.usedBy().isEmpty() ? "—" : String.join(", ", v.usedBy()))));
    private final JTable storageTable = new JTable(storage);
    private final JTable networkTable = new JTable(networks);
    private final JTable allocationTable = new JTable(allocations);
    private final JTable volumeTable = new JTable(volumes);
    private final transient PoolActions actions;
    private transient NodeState node;

    /** What one read of a node brought. */
    private record Loaded(List<NodePools.Pool> pools, String problem) {
    }

    public NodeResourcesPanel(Cluster cluster, Background background) {
        super(new BorderLayout(0, 6));
        this.cluster = cluster;
        this.background = background;
        setName("resources");
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        heading.setName("res.heading");
        host.setName("res.host");
        problem.setName("res.problem");
        storageTable.setName("res.storage");
        networkTable.setName("res.networks");
        allocationTable.setName("res.allocations");
        volumeTable.setName("res.volumes");
        volumeTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        for (JTable table : new JTable[] {storageTable, networkTable}) {
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.getSelectionModel().addListSelectionListener(e -> {
                if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                    (table == storageTable ? networkTable : storageTable).clearSelection();
                    NodePools.Pool pool = selected(table == storageTable ? storage : networks, table);
                    showAllocations(pool);
                    showVolumes(pool);
                }
            });
        }
        actions = new PoolActions(new ActionTarget(), background);
        onDeleteKey(storageTable, actions.deleteStoragePool);
        onDeleteKey(volumeTable, actions.deleteVolume);
        onDeleteKey(networkTable, actions.deleteNetwork);
        JButton refresh = new JButton("Refresh");
        refresh.setName("res.refresh");
        refresh.addActionListener(e -> load());
        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.add(heading, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);
        top.add(host, BorderLayout.SOUTH);
        JPanel tables = new JPanel(new GridLayout(2, 2, 6, 6));
        tables.add(withButtons(titled("Storage pools", storageTable), "res.pool", actions.newStoragePool,
                actions.deleteStoragePool));
        tables.add(withButtons(titled("Volumes of the selected storage pool", volumeTable), "res.volume", actions.newVolume,
                actions.deleteVolume));
        tables.add(withButtons(titled("Virtual networks", networkTable), "res.network", actions.newNetwork,
                actions.deleteNetwork));
        tables.add(titled("Allocated from the selected pool or network", allocationTable));
        add(top, BorderLayout.NORTH);
        add(tables, BorderLayout.CENTER);
        add(problem, BorderLayout.SOUTH);
    }

    private static JScrollPane titled(String title, JTable table) {
        JScrollPane pane = new JScrollPane(table);
        pane.setBorder(BorderFactory.createTitledBorder(title));
        return pane;
    }

    /** A table with its New… and Delete buttons (named {@code <prefix>.new} and {@code <prefix>.delete}) under it. */
    private static JPanel withButtons(JScrollPane table, String prefix, Action create, Action delete) {
        JButton createButton = new JButton(create);
        createButton.setName(prefix + ".new");
        JButton deleteButton = new JButton(delete);
        deleteButton.setName(prefix + ".delete");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(createButton);
        buttons.add(deleteButton);
        JPanel panel = new JPanel(new BorderLayout(0, 2));
        panel.add(table, BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.SOUTH);
        return panel;
    }

    /** The Delete key on a table runs its delete action, as it deletes VMs in the VM table. */
    private static void onDeleteKey(JTable table, Action delete) {
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("DELETE"), "delete-selected");
        table.getActionMap().put("delete-selected", delete);
    }

    private static <T> T selected(RowTableModel<T> rows, JTable table) {
        int row = table.getSelectedRow();
        return row < 0 ? null : rows.row(table.convertRowIndexToModel(row));
    }

    /** Shows a node's pools, reading them only when the node changed; null shows nothing. */
    public void show(NodeState selected) {
        boolean same = isShown(selected);
        node = selected;
        if (selected == null) {
            heading.setText("Select a node to see its storage and networks.");
            storage.setRows(List.of());
            networks.setRows(List.of());
            allocations.setRows(List.of());
            volumes.setRows(List.of());
        } else if (!same) {
            load();
        }
    }

    private void load() {
        NodeState target = node;
        if (target == null) {
            return;
        }
        heading.setText("Storage and networks of " + target.endpoint().label() + " (reading…)");
        background.run("Read pools of " + target.endpoint().label(), () -> {
            try {
                return new Loaded(new NodePools(session(target)).pools(), null);
            } catch (WBEMException e) {
                return new Loaded(List.of(), "The node does not answer for its resource pools: " + CimErrors.describe(e));
            }
        }, loaded -> {
            if (isShown(target)) {
                showPools(target, loaded);
            }
        });
    }

    private void showPools(NodeState target, Loaded loaded) {
        List<NodePools.Pool> pools = loaded.pools();
        NodePools.Pool wasStorage = selected(storage, storageTable);
        NodePools.Pool wasNetwork = selected(networks, networkTable);
        storage.setRows(pools.stream().filter(NodePools.Pool::isStorage).toList());
        networks.setRows(pools.stream().filter(NodePools.Pool::isNetwork).toList());
        allocations.setRows(List.of());
        volumes.setRows(List.of());
        // reading again (Refresh, or after a change) keeps the pool the user was looking at
        reselect(storageTable, storage, wasStorage);
        reselect(networkTable, networks, wasNetwork);
        StringBuilder summary = new StringBuilder();
        for (NodePools.Pool p : pools) {
            if (p.resourceType() == NodePools.PROCESSOR || p.resourceType() == NodePools.MEMORY) {
                summary.append(summary.length() == 0 ? "" : "   ·   ")
                        .append(p.resourceType() == NodePools.PROCESSOR ? "Processors: " : "Memory: ")
                        .append(Sizes.of(p.capacity(), p.units())).append(", ")
                        .append(Sizes.of(p.reserved(), p.units())).append(" held by running VMs");
            }
        }
        host.setText(summary.length() == 0 ? " " : summary.toString());
        heading.setText("Storage and networks of " + target.endpoint().label());
        problem.setText(loaded.problem() == null ? " " : loaded.problem());
        problem.setToolTipText(loaded.problem());
    }

    private static void reselect(JTable table, RowTableModel<NodePools.Pool> rows, NodePools.Pool previous) {
        for (int i = 0; previous != null && i < rows.getRowCount(); i++) {
            if (rows.row(i).name().equals(previous.name())) {
                int view = table.convertRowIndexToView(i);
                table.setRowSelectionInterval(view, view);
                return;
            }
        }
    }

    /** The volumes of a storage pool and the disks using them; nothing for a network. */
    private void showVolumes(NodePools.Pool pool) {
        NodeState target = node;
        volumes.setRows(List.of());
        if (target == null || !pool.isStorage()) {
            return;
        }
        background.run("Read volumes of " + pool.name(), () -> new NodePools(session(target)).volumes(pool.path()),
                rows -> {
                    if (isShown(target) && pool.equals(selected(storage, storageTable))) {
                        volumes.setRows(rows);
                    }
                });
    }

    private void showAllocations(NodePools.Pool pool) {
        NodeState target = node;
        if (target == null) {
            return;
        }
        background.run("Read allocations of " + pool.name(), () -> new NodePools(session(target)).allocations(pool.path()),
                rows -> {
                    if (isShown(target)) {
                        allocations.setRows(rows);
                    }
                });
    }

    /** Whether {@code other} is the node shown (whatever its state now). */
    private boolean isShown(NodeState other) {
        return node != null && other != null && node.endpoint().label().equals(other.endpoint().label());
    }

    /** What the storage and network actions see of this view. */
    private final class ActionTarget implements PoolActions.View {
        @Override
        public Component component() {
            return NodeResourcesPanel.this;
        }

        @Override
        public NodeState node() {
            return node;
        }

        @Override
        public NodePools.Pool selectedStorage() {
            return selected(storage, storageTable);
        }

        @Override
        public NodePools.Pool selectedNetwork() {
            return selected(networks, networkTable);
        }

        @Override
        public NodePools.Volume selectedVolume() {
            return selected(volumes, volumeTable);
        }

        @Override
        public NodeSession session(NodeState target) throws WBEMException {
            return NodeResourcesPanel.this.session(target);
        }

        @Override
        public void refresh(NodeState target) {
            if (isShown(target)) {
                load();
            }
        }
    }

    private NodeSession session(NodeState target) throws WBEMException {
        NodeSession session = cluster.session(target.endpoint());
        if (session == null) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "not connected to " + target.endpoint().label());
        }
        return session;
    }
}

package org.vemanager.console.ui.resources;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.CimErrors;
import org.vemanager.console.client.NodePools;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.Background;

/**
 * Storage and networks of the selected node, from the pools its host serves: storage pools with
 * capacity, used and free space; virtual networks with their mode, state and connected adapters; the
 * host's processors and memory with what running VMs reserve; and, for the pool selected, the VM
 * resources drawn from it (disks and their images, network adapters).
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
            new RowTableModel.Column<>("VM", a -> vmOf(a.instanceId())),
            new RowTableModel.Column<>("Resource", NodePools.Allocation::elementName),
            new RowTableModel.Column<>("On the host", NodePools.Allocation::hostResource),
            new RowTableModel.Column<>("Size", a -> Sizes.of(a.quantity(), a.units()))));
    /** VM names by UUID of the node shown, to say whose disk or adapter an allocation is. */
    private transient Map<String, String> vmNames = Map.of();
    private final JTable storageTable = new JTable(storage);
    private final JTable networkTable = new JTable(networks);
    private final JTable allocationTable = new JTable(allocations);
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
        for (JTable table : new JTable[] {storageTable, networkTable}) {
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.getSelectionModel().addListSelectionListener(e -> {
                if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                    (table == storageTable ? networkTable : storageTable).clearSelection();
                    RowTableModel<NodePools.Pool> rows = table == storageTable ? storage : networks;
                    showAllocations(rows.row(table.convertRowIndexToModel(table.getSelectedRow())));
                }
            });
        }
        JButton refresh = new JButton("Refresh");
        refresh.setName("res.refresh");
        refresh.addActionListener(e -> load());
        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.add(heading, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);
        top.add(host, BorderLayout.SOUTH);
        JPanel tables = new JPanel(new GridLayout(3, 1, 0, 6));
        tables.add(titled("Storage pools", storageTable));
        tables.add(titled("Virtual networks", networkTable));
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

    /** Shows a node's pools, reading them only when the node changed; null shows nothing. */
    public void show(NodeState selected) {
        boolean same = isShown(selected);
        node = selected;
        if (selected == null) {
            heading.setText("Select a node to see its storage and networks.");
            storage.setRows(List.of());
            networks.setRows(List.of());
            allocations.setRows(List.of());
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
        storage.setRows(pools.stream().filter(NodePools.Pool::isStorage).toList());
        networks.setRows(pools.stream().filter(NodePools.Pool::isNetwork).toList());
        allocations.setRows(List.of());
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

    private void showAllocations(NodePools.Pool pool) {
        NodeState target = node;
        if (target == null) {
            return;
        }
        NodeState latest = cluster.model().node(target.endpoint().label());
        vmNames = (latest == null ? target : latest).vms().stream().filter(vm -> vm.uuid() != null)
                .collect(Collectors.toMap(vm -> vm.uuid().toLowerCase(Locale.ROOT), VmSummary::name, (a, b) -> a));
        background.run("Read allocations of " + pool.name(), () -> new NodePools(session(target)).allocations(pool.path()),
                rows -> {
                    if (isShown(target)) {
                        allocations.setRows(rows);
                    }
                });
    }

    /** The VM an allocation's InstanceID names by UUID (as the node's RASD ids do), else the id itself. */
    private String vmOf(String instanceId) {
        String id = instanceId == null ? "" : instanceId.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> vm : vmNames.entrySet()) {
            if (id.contains(vm.getKey())) {
                return vm.getValue();
            }
        }
        return instanceId;
    }

    /** Whether {@code other} is the node shown (whatever its state now). */
    private boolean isShown(NodeState other) {
        return node != null && other != null && node.endpoint().label().equals(other.endpoint().label());
    }

    private NodeSession session(NodeState target) throws WBEMException {
        NodeSession session = cluster.session(target.endpoint());
        if (session == null) {
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "not connected to " + target.endpoint().label());
        }
        return session;
    }
}

package org.vemanager.console.ui;

import java.awt.BorderLayout;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.vemanager.console.ConsoleSettings;
import org.vemanager.console.client.MetricReading;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.VmState;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.ClusterModel;
import org.vemanager.console.model.MetricHistory;
import org.vemanager.console.model.MetricsPoller;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.model.NodeStatus;
import org.vemanager.console.ui.browser.CimBrowserPanel;
import org.vemanager.console.ui.cluster.ClusterTreePanel;
import org.vemanager.console.ui.cluster.VmActions;
import org.vemanager.console.ui.cluster.VmTablePanel;
import org.vemanager.console.ui.connect.NodeDialogs;
import org.vemanager.console.ui.perf.PerformancePanel;

/**
 * The console window: the cluster tree on the left; on the right the VM table, the CIM browser and
 * the CIM log; VM actions in the menu, the toolbar and the context menus. Model updates arrive on any
 * thread and are applied here on the event thread.
 */
public final class MainFrame extends JFrame {

    /** The node-agent samples every 10 s; reading at that rate shows each sample within one period. */
    private static final long METRICS_POLL_SECONDS = 10;
    /** An hour of history per chart at that rate. */
    private static final int METRIC_POINTS = 360;

    private final ConsoleSettings settings;
    private final Cluster cluster;
    private final StatusBar status = new StatusBar();
    private final Background background = new Background(status);
    private final ClusterTreePanel tree = new ClusterTreePanel();
    private final VmTablePanel table = new VmTablePanel();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JSplitPane split;
    private final VmActions actions;
    private final CimBrowserPanel browser;
    private final Set<String> askedTrust = new HashSet<>();
    private final MetricsPoller metrics;
    private final DetailViews details;
    /** True while a model update rebuilds the tree and table. */
    private boolean rebuilding;

    public MainFrame(ConsoleSettings settings, Cluster cluster) {
        super("VE-manager");
        this.settings = settings;
        this.cluster = cluster;
        setName("main");
        actions = new VmActions(cluster, background, this, this::selectedVms, tree::selectedNode);
        browser = new CimBrowserPanel(this::selectedSession, background);
        metrics = new MetricsPoller(cluster, new MetricHistory(METRIC_POINTS), PerformancePanel.chartedMetrics());
        details = new DetailViews(cluster, background, metrics.history());
        MetricHistory history = metrics.history();
        // Only a running VM has a CPU load to show (the test driver reports figures for paused and off ones too).
        table.setCpuLoad(vm -> vm.uuid() == null || vm.state() != VmState.RUNNING ? null
                : history.latest(vm.node(), vm.uuid().toLowerCase(java.util.Locale.ROOT), MetricReading.VM_CPU));
        history.addListener(node -> SwingUtilities.invokeLater(table::refreshCpuLoad));
        tabs.addTab("Virtual machines", table);
        tabs.addTab("Performance", details.performance());
        tabs.addTab("Snapshots", details.snapshots());
        tabs.addTab("Storage & networks", details.resources());
        tabs.addTab("CIM browser", browser);
        JTextArea log = new JTextArea();
        log.setEditable(false);
        log.setName("cim.log");
        NodeSession.LOG.addListener(line -> SwingUtilities.invokeLater(() -> log.append(line + "\n")));
        tabs.addTab("CIM log", new JScrollPane(log));
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tree, tabs);
        split.setDividerLocation(settings.dividerLocation());
        getContentPane().add(toolbar(), BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setJMenuBar(menus());
        installContextMenus();
        tree.tree().addTreeSelectionListener(e -> followSelection());
        table.table().getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                followSelection();
            }
        });
        cluster.model().addListener(model -> SwingUtilities.invokeLater(() -> show(model)));
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                saveLayout();
                metrics.close();
                cluster.close();
            }
        });
        Rectangle bounds = settings.windowBounds();
        if (bounds != null) {
            setBounds(bounds);
        } else {
            setSize(1280, 800);
            setLocationRelativeTo(null);
        }
        if (settings.maximized()) {
            setExtendedState(getExtendedState() | MAXIMIZED_BOTH);
        }
        tabs.setSelectedIndex(Math.min(Math.max(0, settings.selectedTab()), tabs.getTabCount() - 1));
        metrics.start(METRICS_POLL_SECONDS);
    }

    /** Shows the selected VM (one row of the table, else the tree's) and its node, or the selected node, in the detail tabs. */
    private void followSelection() {
        if (rebuilding) {
            return;
        }
        List<VmSummary> vms = selectedVms();
        VmSummary vm = vms.size() == 1 ? vms.get(0) : null;
        NodeState node = vm != null ? cluster.model().node(vm.node()) : tree.selectedNode();
        details.follow(vm, node);
    }

    private void show(ClusterModel model) {
        List<NodeState> nodes = model.nodes();
        // Rebuilding tree and table clears and restores their selection; the detail views follow the
        // selection as it is afterwards, not the empty one in between (which would reset them).
        rebuilding = true;
        try {
            tree.setNodes(nodes);
            table.setVms(model.allVms());
        } finally {
            rebuilding = false;
        }
        followSelection();
        long online = nodes.stream().filter(n -> n.status() == NodeStatus.ONLINE).count();
        status.message(nodes.size() + " nodes (" + online + " online), " + model.allVms().size() + " VMs");
        for (NodeState node : nodes) {
            if (node.status() == NodeStatus.UNTRUSTED && node.untrustedFingerprint() != null
                    && askedTrust.add(node.endpoint().label() + node.untrustedFingerprint())) {
                askTrust(node);
            }
        }
    }

    private void askTrust(NodeState node) {
        boolean changed = cluster.pins().pinned(node.endpoint().hostPort()) != null;
        if (NodeDialogs.askTrust(this, node.endpoint().label(), node.untrustedFingerprint(), changed)) {
            try {
                cluster.pins().pin(node.endpoint().hostPort(), node.untrustedFingerprint());
                cluster.reconnect(node.endpoint());
            } catch (IOException e) {
                status.error("Cannot save the pinned certificate", e.getMessage(), e);
            }
        }
    }

    private List<VmSummary> selectedVms() {
        List<VmSummary> selected = new ArrayList<>(table.selection());
        if (selected.isEmpty() && tree.selectedVm() != null) {
            selected.add(tree.selectedVm());
        }
        return selected;
    }

    private NodeSession selectedSession() {
        NodeState node = tree.selectedNode();
        if (node == null && !cluster.model().nodes().isEmpty()) {
            node = cluster.model().nodes().get(0);
        }
        try {
            return node == null ? null : cluster.session(node.endpoint());
        } catch (Exception e) {
            throw new IllegalStateException("not connected to " + node.endpoint().label() + ": " + e.getMessage(), e);
        }
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(addNodeAction());
        bar.add(refreshAction());
        bar.addSeparator();
        bar.add(actions.createVm());
        for (Action a : actions.stateActions()) {
            bar.add(a).setName("action." + a.getValue(Action.NAME));
        }
        bar.add(actions.delete());
        return bar;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("Cluster");
        file.add(addNodeAction());
        file.add(removeNodeAction());
        file.add(refreshAction());
        file.addSeparator();
        file.add(new Act("Quit", "control Q", this::dispose));
        JMenu vm = new JMenu("VM");
        vm.setName("menu.vm");
        vm.add(actions.createVm());
        vm.addSeparator();
        actions.stateActions().forEach(vm::add);
        vm.addSeparator();
        vm.add(actions.setVcpus());
        vm.add(actions.setMemory());
        vm.add(actions.delete());
        JMenu view = new JMenu("View");
        view.add(new Act("Find VM", "control F", () -> {
            tabs.setSelectedIndex(0);
            table.focusFilter();
        }));
        view.addSeparator();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            int index = i;
            view.add(new Act(tabs.getTitleAt(i), "control " + (i + 1), () -> tabs.setSelectedIndex(index)));
        }
        view.addSeparator();
        view.add(new Act("Light theme", null, () -> theme(false)));
        view.add(new Act("Dark theme", "control shift D", () -> theme(true)));
        bar.add(file);
        bar.add(vm);
        bar.add(view);
        return bar;
    }

    private void installContextMenus() {
        JPopupMenu vmMenu = new JPopupMenu();
        actions.stateActions().forEach(vmMenu::add);
        vmMenu.addSeparator();
        vmMenu.add(actions.setVcpus());
        vmMenu.add(actions.setMemory());
        vmMenu.add(actions.delete());
        table.table().setComponentPopupMenu(vmMenu);
        tree.tree().setComponentPopupMenu(vmMenu);
    }

    private Action addNodeAction() {
        return new Act("Add node…", "control shift N", () -> {
            NodeEndpoint endpoint = NodeDialogs.askNode(this);
            if (endpoint != null) {
                cluster.add(endpoint);
                persistNodes();
            }
        });
    }

    private Action removeNodeAction() {
        return new Act("Remove node", null, () -> {
            NodeState node = tree.selectedNode();
            if (node != null) {
                cluster.remove(node.endpoint());
                persistNodes();
            }
        });
    }

    private Action refreshAction() {
        return new Act("Refresh", "F5", cluster::refreshAll);
    }

    private void persistNodes() {
        settings.setNodes(cluster.model().nodes().stream().map(NodeState::endpoint).toList());
        try {
            settings.save();
        } catch (IOException e) {
            status.message("Could not save settings: " + e.getMessage());
        }
    }

    private void theme(boolean dark) {
        Theme.apply(dark);
        settings.setDarkTheme(dark);
    }

    private void saveLayout() {
        boolean maximized = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
        settings.setMaximized(maximized);
        if (!maximized) {
            // A maximized window's bounds are the screen's; keep the size it returns to.
            settings.setWindowBounds(getBounds());
        }
        settings.setSelectedTab(tabs.getSelectedIndex());
        settings.setDividerLocation(split.getDividerLocation());
        try {
            settings.save();
        } catch (IOException e) {
            System.getLogger(MainFrame.class.getName()).log(System.Logger.Level.WARNING, "cannot save settings", e);
        }
    }

    public StatusBar statusBar() {
        return status;
    }

    public CimBrowserPanel browser() {
        return browser;
    }

    public JTabbedPane tabs() {
        return tabs;
    }

    /** A menu/toolbar action that runs a plain Runnable on the event thread. */
    private static final class Act extends AbstractAction {
        private final transient Runnable run;

        Act(String name, String accelerator, Runnable run) {
            super(name);
            this.run = run;
            if (accelerator != null) {
                putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(accelerator));
            }
        }

        @Override
        public void actionPerformed(java.awt.event.ActionEvent e) {
            run.run();
        }
    }
}

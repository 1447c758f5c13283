package org.vemanager.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vemanager.conformance.NodeAgentProcess;
import org.vemanager.console.ConsoleSettings;
import org.vemanager.console.client.CertificatePins;
import org.vemanager.console.client.NodeEndpoint;
import org.vemanager.console.client.StorageFixtures;
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.ClusterModel;

/**
 * The console against a real node-agent process on the libvirt test driver, driven like a user with
 * AssertJ Swing under Xvfb: it connects, shows the VMs, changes a VM's state, creates a VM through the
 * dialog, browses a class, takes a snapshot, and manages volumes and networks of the node. Screenshots
 * of the main views go to docs/images for the user guide.
 */
class ConsoleIT {

    private static final Timeout TIMEOUT = Timeout.timeout(Duration.ofSeconds(30).toMillis());
    private static NodeAgentProcess agent;
    private Robot robot;
    private FrameFixture window;
    private Cluster cluster;
    private NodeEndpoint node;

    @BeforeAll
    static void startAgent() throws Exception {
        agent = NodeAgentProcess.start(Files.createTempDirectory("vem-console-it"), "small.xml");
        GuiActionRunner.execute(() -> Theme.apply(false));
    }

    @AfterAll
    static void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @BeforeEach
    void openConsole() throws Exception {
        Path config = Files.createTempDirectory("vem-console-config");
        ConsoleSettings settings = ConsoleSettings.load(config);
        node = NodeEndpoint.parse(agent.httpUrl(), NodeAgentProcess.OPERATOR.name());
        cluster = new Cluster(new ClusterModel(), new CertificatePins(settings.pinsFile()),
            endpoint -> NodeAgentProcess.OPERATOR.password().toCharArray());
        MainFrame frame = GuiActionRunner.execute(() -> new MainFrame(settings, cluster));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1280, 760));
        cluster.add(node);
        waitForAtLeastRows(4);
    }

    @AfterEach
    void closeConsole() {
        window.cleanUp();
    }

    /** The tests share one agent, so a VM another test created may be there too. */
    private void waitForAtLeastRows(int rows) {
        Pause.pause(new Condition("the VM table shows at least " + rows + " VMs") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.table("vm.table").target().getRowCount()) >= rows;
            }
        }, TIMEOUT);
    }

    private void waitForVm(String name) throws Exception {
        try {
            Pause.pause(new Condition("the VM table shows " + name) {
                @Override
                public boolean test() {
                    return rowOf(name) >= 0;
                }
            }, TIMEOUT);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            String status = GuiActionRunner.execute(() -> ((MainFrame) window.target()).statusBar().text());
            throw new AssertionError(e.getMessage() + "; the status bar says: " + status, e);
        }
    }

    private int rowOf(String name) {
        return rowOf("vm.table", name);
    }

    /** The row of table {@code tableName} whose first column is {@code name}, -1 when none is. */
    private int rowOf(String tableName, String name) {
        JTable table = window.table(tableName).target();
        return GuiActionRunner.execute(() -> {
            for (int i = 0; i < table.getRowCount(); i++) {
                if (name.equals(table.getValueAt(i, 0))) {
                    return i;
                }
            }
            return -1;
        });
    }

    private void waitForState(String name, String state) {
        Pause.pause(new Condition(name + " is " + state) {
            @Override
            public boolean test() {
                JTable table = window.table("vm.table").target();
                return GuiActionRunner.execute(() -> {
                    int row = rowOf(name);
                    return row >= 0 && state.equals(String.valueOf(table.getValueAt(row, 2)));
                });
            }
        }, TIMEOUT);
    }

    /** Saves the console window (and any dialog over it) for the user guide. */
    private void screenshot(String name) throws Exception {
        Path images = Path.of(System.getProperty("vem.docs.images", "../docs/images"));
        Files.createDirectories(images);
        Files.deleteIfExists(images.resolve(name));
        robot.waitForIdle();
        java.awt.Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
        java.awt.image.BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        javax.imageio.ImageIO.write(image, "png", images.resolve(name).toFile());
    }

    @Test
    void showsTheNodesVmsAndChangesAVmsState() throws Exception {
        JTableFixture table = window.table("vm.table");
        assertThat(rowOf("alpha")).isNotNegative();
        // The VMs show first, their vCPUs and memory follow with the second (RASD) enumeration.
        waitFor("alpha's vCPUs and memory are shown", () -> GuiActionRunner.execute(() ->
                table.target().getValueAt(rowOf("alpha"), 3) != null && table.target().getValueAt(rowOf("alpha"), 4) != null));
        assertThat(GuiActionRunner.execute(() -> table.target().getValueAt(rowOf("alpha"), 4))).isEqualTo(1024L);
        // gamma has a snapshot saved with 1 vCPU and 1024 MiB; the node enumerates its RASDs too, but the
        // table shows what gamma has now
        assertThat(GuiActionRunner.execute(() -> table.target().getValueAt(rowOf("gamma"), 3))).isEqualTo(2);
        assertThat(GuiActionRunner.execute(() -> table.target().getValueAt(rowOf("gamma"), 4))).isEqualTo(2048L);
        // CPU % needs two of the node's samples, 10 s apart.
        waitFor("alpha's CPU % is shown", () -> GuiActionRunner.execute(() -> table.target().getValueAt(rowOf("alpha"), 5)
                instanceof Double));
        screenshot("console-cluster.png");

        table.selectRows(rowOf("beta"));
        window.button(new GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return "Start".equals(button.getText());
            }
        }).click();
        waitForState("beta", "RUNNING");

        table.selectRows(rowOf("beta"));
        window.menuItemWithPath("VM", "Pause").click();
        waitForState("beta", "PAUSED");
    }

    @Test
    void createsAVmThroughTheDialog() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        window.menuItemWithPath("VM", "New VM…").click();
        DialogFixture dialog = window.dialog();
        dialog.textBox("create.name").setText("made-in-console");
        screenshot("console-create-vm.png");
        dialog.button(new GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return "OK".equals(button.getText());
            }
        }).click();
        waitForVm("made-in-console");
        assertThat(rowOf("made-in-console")).isNotNegative();
    }

    @Test
    void browsesAClassAndItsInstances() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("CIM browser");
        window.button("browser.load").click();
        Pause.pause(new Condition("classes loaded") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.tree("browser.classes").target().getRowCount() > 5);
            }
        }, TIMEOUT);
        window.tree("browser.classes").expandPath("Classes");
        List<String> shown = GuiActionRunner.execute(() -> {
            javax.swing.JTree tree = window.tree("browser.classes").target();
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (int i = 0; i < tree.getRowCount(); i++) {
                rows.add(String.valueOf(tree.getPathForRow(i).getLastPathComponent()));
            }
            return rows;
        });
        assertThat(shown).contains("CIM_ManagedElement");
        screenshot("console-browser.png");
    }

    /** The number of points of a chart's first series (the CPU or used-memory line). */
    private int points(String chart) {
        return GuiActionRunner.execute(() -> {
            org.jfree.chart.ChartPanel panel = (org.jfree.chart.ChartPanel) window.panel(chart).target();
            return panel.getChart().getXYPlot().getDataset().getItemCount(0);
        });
    }

    private List<String> treeRows(String name) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTree tree = window.tree(name).target();
            List<String> rows = new java.util.ArrayList<>();
            for (int i = 0; i < tree.getRowCount(); i++) {
                Object item = ((javax.swing.tree.DefaultMutableTreeNode) tree.getPathForRow(i).getLastPathComponent()).getUserObject();
                rows.add(item instanceof org.vemanager.console.client.VmSnapshots.Snapshot s ? s.name() : String.valueOf(item));
            }
            return rows;
        });
    }

    /**
     * Clicks a dialog's OK and waits until it is gone. On a loaded machine the robot's click now and then
     * does not reach the button; then the button is pressed directly, as the keyboard would.
     */
    private void confirm(DialogFixture dialog) {
        javax.swing.JButton ok = dialog.button(buttonText("OK")).target();
        dialog.button(buttonText("OK")).click();
        try {
            Pause.pause(new Condition("the dialog closes") {
                @Override
                public boolean test() {
                    return !GuiActionRunner.execute(() -> dialog.target().isShowing());
                }
            }, Timeout.timeout(3_000));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            GuiActionRunner.execute(() -> {
                ok.doClick();
                return null;
            });
        }
    }

    private String status() {
        return GuiActionRunner.execute(() -> ((MainFrame) window.target()).statusBar().text());
    }

    /** Brings a tab of the main window to the front, as a click on it would. */
    private void showTab(String title) {
        JTabbedPane tabs = ((MainFrame) window.target()).tabs();
        GuiActionRunner.execute(() -> tabs.setSelectedIndex(tabs.indexOfTab(title)));
        robot.waitForIdle();
    }

    private void waitFor(String what, java.util.function.BooleanSupplier test) {
        try {
            Pause.pause(new Condition(what) {
                @Override
                public boolean test() {
                    return test.getAsBoolean();
                }
            }, TIMEOUT);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            String log = GuiActionRunner.execute(() -> ((javax.swing.JTextArea) robot.finder().findByName(window.target(), "cim.log",
                    false)).getText());
            throw new AssertionError(e.getMessage() + "; the status bar says: " + status() + "; the CIM log:\n" + log, e);
        }
    }

    private static GenericTypeMatcher<javax.swing.JButton> buttonText(String text) {
        return new GenericTypeMatcher<>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return text.equals(button.getText()) && button.isShowing();
            }
        };
    }

    @Test
    void chartsTheNodesAndAVmsMetrics() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("Performance");
        // The node-agent samples at once when it starts, so the node's memory is there after the first read.
        waitFor("the node's memory chart has a sample", () -> points("perf.memory") > 0);
        assertThat(window.label("perf.heading").text()).startsWith("Node ");

        showTab("Virtual machines");
        window.table("vm.table").selectRows(rowOf("alpha"));
        showTab("Performance");
        waitFor("alpha's memory chart has a sample", () -> points("perf.memory") > 0);
        assertThat(window.label("perf.heading").text()).startsWith("VM alpha");
        // CPU utilisation is a difference of two samples; the console reads a new one every 10 s.
        waitFor("alpha's CPU chart has two samples", () -> points("perf.cpu") >= 2);
        screenshot("console-performance.png");

        showTab("Virtual machines");
        waitFor("alpha's CPU % is in the VM table", () -> GuiActionRunner.execute(() ->
                window.table("vm.table").target().getValueAt(rowOf("alpha"), 5) instanceof Double));
    }

    @Test
    void takesAndDeletesASnapshotOfAVm() throws Exception {
        window.table("vm.table").selectRows(rowOf("alpha"));
        showTab("Snapshots");
        waitFor("the snapshot view shows alpha", () -> window.label("snap.heading").text().startsWith("Snapshots of alpha:"));
        window.button("snap.create").click();
        DialogFixture dialog = window.dialog();
        dialog.textBox("snap.name").setText("it-snap-1");
        confirm(dialog);
        waitFor("the snapshot appears in the tree", () -> treeRows("snap.tree").stream().anyMatch(r -> r.contains("it-snap-1")));
        screenshot("console-snapshots.png");

        int row = treeRows("snap.tree").indexOf(treeRows("snap.tree").stream().filter(r -> r.contains("it-snap-1")).findFirst()
                .orElseThrow());
        window.tree("snap.tree").selectRow(row);
        window.button("snap.revert").click();
        confirm(window.dialog());
        // The job is waited for, then the tree read again: the heading says what was done.
        waitFor("the revert finished", () -> window.label("snap.heading").text().contains("reverted to")
                || status().contains(" failed"));
        assertThat(window.label("snap.heading").text()).startsWith("Snapshots of alpha: 1").contains("reverted to")
                .contains("it-snap-1");

        row = treeRows("snap.tree").indexOf(treeRows("snap.tree").stream().filter(r -> r.contains("it-snap-1")).findFirst()
                .orElseThrow());
        window.tree("snap.tree").selectRow(row);
        window.button("snap.delete").click();
        confirm(window.dialog());
        waitFor("the snapshot is gone from the tree", () -> treeRows("snap.tree").stream().noneMatch(r -> r.contains("it-snap-1")));
    }

    @Test
    void listsTheNodesStoragePoolsAndNetworks() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("Storage & networks");
        waitFor("the storage pool is listed", () -> window.table("res.storage").target().getRowCount() > 0);
        JTableFixture storage = window.table("res.storage");
        assertThat(storage.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("images");
        assertThat(storage.valueAt(org.assertj.swing.data.TableCell.row(0).column(2))).isEqualTo("100.0 GiB");
        JTableFixture networks = window.table("res.networks");
        assertThat(networks.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("lan");
        assertThat(window.label("res.host").text()).contains("Processors: 16");

        networks.selectRows(0);
        waitFor("alpha's adapter is listed on the network", () -> window.table("res.allocations").target().getRowCount() > 0);
    }

    @Test
    void createsAndDeletesAVolumeAndShowsTheNodesRefusal() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("Storage & networks");
        waitFor("the storage pool is listed", () -> window.table("res.storage").target().getRowCount() > 0);
        window.table("res.storage").selectRows(0);
        waitFor("the pool's volume base.img is listed", () -> volumeRow("base.img") >= 0);

        newVolume("it-vol.qcow2", "64", "MiB");
        waitFor("the new volume is listed", () -> volumeRow("it-vol.qcow2") >= 0);
        assertThat(volumeCell("it-vol.qcow2", 2)).isEqualTo("64.0 MiB");
        assertThat(volumeCell("it-vol.qcow2", 4)).isEqualTo("—");

        // deleted from the keyboard: the Delete key on the volume table, then OK in the confirmation
        JTableFixture volumes = window.table("res.volumes");
        volumes.selectRows(volumeRow("it-vol.qcow2"));
        volumes.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_DELETE);
        confirm(window.dialog());
        waitFor("the volume is gone", () -> volumeRow("it-vol.qcow2") < 0);

        newVolume("it-used.img", "1", "GiB");
        waitFor("the second volume is listed", () -> volumeRow("it-used.img") >= 0);
        String path = volumeCell("it-used.img", 1).toString();
        StorageFixtures.defineVmOnVolume(cluster.session(node), "it-volume-user", "file://" + path);
        window.button("res.refresh").click();
        waitFor("the volume shows the VM using it", () -> "it-volume-user (vda)".equals(volumeCell("it-used.img", 4)));
        screenshot("console-resources.png");

        window.table("res.volumes").selectRows(volumeRow("it-used.img"));
        window.button("res.volume.delete").click();
        confirm(window.dialog());
        JOptionPaneFixture refusal = window.optionPane(TIMEOUT);
        refusal.requireErrorMessage();
        assertThat(refusal.target().getMessage().toString()).startsWith("Failed: In use").contains("it-used.img", "it-volume-user");
        refusal.button(buttonText("OK")).click();
        assertThat(status()).contains("Delete volume it-used.img failed");
        window.button("res.refresh").click();
        waitFor("the refused volume is still listed", () -> volumeRow("it-used.img") >= 0);
    }

    /** Fills the New volume dialog and confirms it. */
    private void newVolume(String name, String size, String unit) {
        window.button("res.volume.new").click();
        DialogFixture dialog = window.dialog();
        dialog.textBox("vol.name").setText(name);
        dialog.spinner("vol.size").enterTextAndCommit(size);
        dialog.comboBox("vol.unit").selectItem(unit);
        confirm(dialog);
    }

    private int volumeRow(String name) {
        return rowOf("res.volumes", name);
    }

    private Object volumeCell(String name, int column) {
        JTable table = window.table("res.volumes").target();
        return GuiActionRunner.execute(() -> {
            int row = volumeRow(name);
            return row < 0 ? null : table.getValueAt(row, column);
        });
    }

    @Test
    void createsAndDeletesANetworkThroughTheDialog() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("Storage & networks");
        waitFor("the network lan is listed", () -> networkRow("lan") >= 0);
        window.button("res.network.new").click();
        DialogFixture dialog = window.dialog();
        dialog.comboBox("net.mode").selectItem("bridge");
        dialog.textBox("net.address").requireDisabled();
        dialog.textBox("net.bridge").requireEnabled();
        dialog.comboBox("net.mode").selectItem("isolated");
        dialog.textBox("net.bridge").requireDisabled();
        dialog.textBox("net.name").setText("it-net");
        dialog.textBox("net.address").setText("10.77.9.1/24");
        confirm(dialog);
        waitFor("the new network is listed", () -> networkRow("it-net") >= 0);
        assertThat(GuiActionRunner.execute(() -> window.table("res.networks").target().getValueAt(networkRow("it-net"), 1)))
                .isEqualTo("isolated");

        window.table("res.networks").selectRows(networkRow("it-net"));
        window.button("res.network.delete").click();
        confirm(window.dialog());
        waitFor("the network is gone", () -> networkRow("it-net") < 0);
    }

    private int networkRow(String name) {
        return rowOf("res.networks", name);
    }

    @Test
    void createsAndDeletesAStoragePoolThroughTheDialog() throws Exception {
        window.tree("cluster.tree").selectRow(1);
        showTab("Storage & networks");
        waitFor("the storage pool images is listed", () -> poolRow("images") >= 0);
        Path dir = Files.createDirectories(agent.dir().resolve("it-pool-dir"));
        window.button("res.pool.new").click();
        DialogFixture dialog = window.dialog();
        dialog.textBox("pool.name").setText("it-pool");
        dialog.textBox("pool.dir").setText(dir.toString());
        confirm(dialog);
        waitFor("the new pool is listed", () -> poolRow("it-pool") >= 0);

        window.table("res.storage").selectRows(poolRow("it-pool"));
        window.button("res.pool.delete").click();
        confirm(window.dialog());
        waitFor("the pool is gone", () -> poolRow("it-pool") < 0);
    }

    private int poolRow(String name) {
        return rowOf("res.storage", name);
    }
}

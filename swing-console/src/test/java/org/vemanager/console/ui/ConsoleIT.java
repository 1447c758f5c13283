package org.vemanager.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
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
import org.vemanager.console.model.Cluster;
import org.vemanager.console.model.ClusterModel;

/**
 * The console against a real node-agent process on the libvirt test driver, driven like a user with
 * AssertJ Swing under Xvfb: it connects, shows the VMs, changes a VM's state, creates a VM through the
 * dialog, and browses a class. Screenshots of the main views go to docs/images for the user guide.
 */
class ConsoleIT {

    private static final Timeout TIMEOUT = Timeout.timeout(Duration.ofSeconds(30).toMillis());
    private static NodeAgentProcess agent;
    private Robot robot;
    private FrameFixture window;
    private Cluster cluster;

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
        NodeEndpoint node = NodeEndpoint.parse(agent.httpUrl(), NodeAgentProcess.OPERATOR.name());
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
        JTable table = window.table("vm.table").target();
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
        window.tabbedPane().selectTab("CIM browser");
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
}

package org.vemanager.console.ui.resources;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.vemanager.console.client.NodePools;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.client.PoolConfiguration;
import org.vemanager.console.model.NodeState;
import org.vemanager.console.ui.Background;

/**
 * The storage and network actions of the resources view: each asks (a small dialog, or a confirmation
 * before it deletes), runs the change in the background, and refreshes the view when the node made it.
 * When the node refuses, its CIM error is shown and the view stays as it was (nothing was changed).
 */
final class PoolActions {

    /** What the actions act on: the view gives the node, its selection, and how to show a change. */
    interface View {
        Component component();

        /** The node shown, null when none. */
        NodeState node();

        NodePools.Pool selectedStorage();

        NodePools.Pool selectedNetwork();

        NodePools.Volume selectedVolume();

        NodeSession session(NodeState node) throws WBEMException;

        /** Reads the node's pools again, keeping the selection. */
        void refresh(NodeState node);
    }

    /** One change, made with the node's pool configuration service. */
    @FunctionalInterface
    private interface Change {
        void apply(PoolConfiguration pools) throws WBEMException, InterruptedException;
    }

    private final View view;
    private final Background background;
    final Action newStoragePool = action("New storage pool…", KeyEvent.VK_O, e -> newStoragePool());
    final Action deleteStoragePool = action("Delete pool", KeyEvent.VK_L, e -> deleteStoragePool());
    final Action newVolume = action("New volume…", KeyEvent.VK_V, e -> newVolume());
    final Action deleteVolume = action("Delete volume", KeyEvent.VK_E, e -> deleteVolume());
    final Action newNetwork = action("New network…", KeyEvent.VK_W, e -> newNetwork());
    final Action deleteNetwork = action("Delete network", KeyEvent.VK_K, e -> deleteNetwork());

    PoolActions(View view, Background background) {
        this.view = view;
        this.background = background;
    }

    private void newStoragePool() {
        NodeState node = requireNode();
        if (node == null) {
            return;
        }
        StoragePoolDialog.NewStoragePool asked = new StoragePoolDialog().ask(owner(), node.endpoint().label());
        if (asked != null) {
            run(node, "Create storage pool " + asked.name(), p -> p.createStoragePool(asked.name(), asked.directory()));
        }
    }

    private void deleteStoragePool() {
        NodePools.Pool pool = require(view.selectedStorage(), "Select a storage pool first.");
        if (pool != null && confirm("Delete storage pool " + pool.name() + "? Its volumes stay in its directory on the node.")) {
            run(view.node(), "Delete storage pool " + pool.name(), p -> p.deletePool(pool.path()));
        }
    }

    private void newVolume() {
        NodePools.Pool pool = require(view.selectedStorage(), "Select the storage pool for the volume first.");
        if (pool == null) {
            return;
        }
        VolumeDialog.NewVolume asked = new VolumeDialog().ask(owner(), pool.name());
        if (asked != null) {
            run(view.node(), "Create volume " + asked.name(), p -> p.createVolume(pool.path(), asked.name(), asked.sizeMiB(),
                    asked.format()));
        }
    }

    private void deleteVolume() {
        NodePools.Pool pool = view.selectedStorage();
        NodePools.Volume volume = require(view.selectedVolume(), "Select a volume first.");
        if (pool != null && volume != null && confirm("Delete volume " + volume.name() + " of " + pool.name()
                + "? Its data is lost; this cannot be undone.")) {
            run(view.node(), "Delete volume " + volume.name(), p -> p.deleteVolume(pool.path(), volume.name()));
        }
    }

    private void newNetwork() {
        NodeState node = requireNode();
        if (node == null) {
            return;
        }
        NetworkDialog.NewNetwork asked = new NetworkDialog().ask(owner(), node.endpoint().label());
        if (asked != null) {
            run(node, "Create network " + asked.name(), p -> p.createNetwork(asked.name(), asked.mode(), asked.address(),
                    asked.bridge()));
        }
    }

    private void deleteNetwork() {
        NodePools.Pool network = require(view.selectedNetwork(), "Select a network first.");
        if (network != null && confirm("Delete network " + network.name() + "?")) {
            run(view.node(), "Delete network " + network.name(), p -> p.deletePool(network.path()));
        }
    }

    /** Makes the change off the event thread; on success the view is read again, on failure Background shows the error. */
    private void run(NodeState node, String what, Change change) {
        if (node == null) {
            return;
        }
        background.run(what, () -> {
            change.apply(new PoolConfiguration(view.session(node)));
            return node;
        }, view::refresh);
    }

    private NodeState requireNode() {
        return require(view.node(), "Select a node first.");
    }

    private <T> T require(T selected, String otherwise) {
        if (selected == null) {
            JOptionPane.showMessageDialog(view.component(), otherwise, "Storage & networks", JOptionPane.INFORMATION_MESSAGE);
        }
        return selected;
    }

    private boolean confirm(String question) {
        return JOptionPane.showConfirmDialog(view.component(), question, "Confirm", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    private Window owner() {
        return SwingUtilities.getWindowAncestor(view.component());
    }

    private static Action action(String name, int mnemonic, Consumer<ActionEvent> handler) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                handler.accept(e);
            }
        };
        a.putValue(Action.MNEMONIC_KEY, mnemonic);
        return a;
    }
}

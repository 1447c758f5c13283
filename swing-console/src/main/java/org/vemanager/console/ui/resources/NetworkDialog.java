package org.vemanager.console.ui.resources;

import java.awt.Window;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.vemanager.console.client.PoolConfiguration.NetworkMode;
import org.vemanager.console.ui.Forms;

/**
 * Asks for a new virtual network: its name and mode, and what the mode needs — the host side's
 * address for NAT and isolated networks, an existing host bridge for a bridge network. The field a
 * mode does not use is disabled.
 */
final class NetworkDialog {

    /** A new network as asked for; the value a mode does not use is null. */
    record NewNetwork(String name, NetworkMode mode, String address, String bridge) {
        NewNetwork {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Name: give the network a name");
            }
            if (mode.needsAddress() && (address == null || !address.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}"))) {
                throw new IllegalArgumentException("Address: the host's address and prefix on the new network, e.g. 10.0.5.1/24");
            }
            if (mode.needsBridge() && (bridge == null || bridge.isBlank())) {
                throw new IllegalArgumentException("Bridge: the name of an existing bridge on the node, e.g. br0");
            }
            address = mode.needsAddress() ? address : null;
            bridge = mode.needsBridge() ? bridge : null;
        }
    }

    private final JTextField name = Forms.field("net.name", "");
    private final JComboBox<NetworkMode> mode = new JComboBox<>(NetworkMode.values());
    private final JTextField address = Forms.field("net.address", "");
    private final JTextField bridge = Forms.field("net.bridge", "");
    private final JLabel hint = new JLabel();

    NewNetwork ask(Window owner, String nodeLabel) {
        mode.setName("net.mode");
        mode.addActionListener(e -> showWhatTheModeNeeds());
        showWhatTheModeNeeds();
        JPanel form = Forms.form();
        Forms.row(form, 0, "Name", name);
        Forms.row(form, 1, "Mode", mode);
        Forms.row(form, 2, "Host address/prefix", address);
        Forms.row(form, 3, "Host bridge", bridge);
        Forms.row(form, 4, "", hint);
        return Forms.ask(owner, form, "New network on " + nodeLabel, () -> new NewNetwork(name.getText().strip(),
                (NetworkMode) mode.getSelectedItem(), address.getText().strip(), bridge.getText().strip()));
    }

    private void showWhatTheModeNeeds() {
        NetworkMode m = (NetworkMode) mode.getSelectedItem();
        address.setEnabled(m.needsAddress());
        bridge.setEnabled(m.needsBridge());
        hint.setText(switch (m) {
            case NAT -> "Guests reach outside through the node (NAT); the node gets the address.";
            case ISOLATED -> "Guests reach each other and the node only; the node gets the address.";
            case BRIDGE -> "Guests join the node's existing bridge and its LAN; no address here.";
        });
    }
}

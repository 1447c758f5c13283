package org.vemanager.console.ui.snapshot;

import java.awt.Component;
import java.awt.GridLayout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.vemanager.console.client.VmSnapshots;

/**
 * Asks for a new snapshot's name and whether it includes the VM's memory. Only what the node offers
 * can be chosen: a node that takes only full snapshots has the memory box ticked and fixed.
 */
final class SnapshotRequestDialog {

    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("'snap-'yyyyMMdd-HHmmss", Locale.ROOT);

    private final List<Integer> types;

    /** {@code types}: the node's SnapshotTypesSupported; empty when unknown (both choices open). */
    SnapshotRequestDialog(List<Integer> types) {
        this.types = types;
    }

    /** The request, or null when the user cancelled. */
    SnapshotRequest ask(Component parent, String vmName) {
        JTextField name = new JTextField(LocalDateTime.now().format(DEFAULT_NAME), 24);
        name.setName("snap.name");
        JCheckBox memory = new JCheckBox("Include memory (the VM keeps running; reverting resumes it where it was)", true);
        memory.setName("snap.memory");
        boolean full = types.isEmpty() || types.contains(VmSnapshots.FULL);
        boolean diskOnly = types.isEmpty() || types.contains(VmSnapshots.DISK_ONLY);
        if (!(full && diskOnly)) {
            memory.setSelected(full);
            memory.setEnabled(false);
            memory.setToolTipText(full ? "This node takes only snapshots with memory" : "This node takes only disk snapshots");
        }
        JPanel form = new JPanel(new GridLayout(0, 1, 0, 4));
        form.add(new JLabel("Name:"));
        form.add(name);
        form.add(memory);
        while (true) {
            int choice = JOptionPane.showConfirmDialog(parent, form, "Snapshot " + vmName, JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (choice != JOptionPane.OK_OPTION) {
                return null;
            }
            try {
                return new SnapshotRequest(VmSnapshots.checkName(name.getText()),
                        memory.isSelected() ? VmSnapshots.FULL : VmSnapshots.DISK_ONLY);
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(parent, e.getMessage(), "Snapshot " + vmName, JOptionPane.WARNING_MESSAGE);
            }
        }
    }
}

package org.vemanager.console.ui.cluster;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/** Asks for a new VM's name, vCPUs, memory, optional disk (pool and size) and optional network. */
public final class CreateVmDialog {

    private final JTextField name = field("create.name", "");
    private final JSpinner vcpus = new JSpinner(new SpinnerNumberModel(1, 1, 512, 1));
    private final JSpinner memory = new JSpinner(new SpinnerNumberModel(1024, 16, 16 * 1024 * 1024, 256));
    private final JCheckBox withDisk = new JCheckBox("Disk from pool");
    private final JTextField pool = field("create.pool", "");
    private final JSpinner diskGiB = new JSpinner(new SpinnerNumberModel(10, 1, 65536, 1));
    private final JCheckBox withNetwork = new JCheckBox("Network");
    private final JTextField network = field("create.network", "");

    private static JTextField field(String name, String text) {
        JTextField f = new JTextField(text, 18);
        f.setName(name);
        return f;
    }

    /** Shows the dialog until the input is valid or the user cancels (null). */
    public VmSpec ask(Window owner, String nodeLabel) {
        vcpus.setName("create.vcpus");
        memory.setName("create.memory");
        JPanel form = new JPanel(new GridBagLayout());
        row(form, 0, "Name", name);
        row(form, 1, "vCPUs", vcpus);
        row(form, 2, "Memory (MiB)", memory);
        row(form, 3, withDisk, pool);
        row(form, 4, "Disk size (GiB)", diskGiB);
        row(form, 5, withNetwork, network);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, form, "New VM on " + nodeLabel, JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return null;
            }
            try {
                return new VmSpec(name.getText().strip(), (Integer) vcpus.getValue(), ((Integer) memory.getValue()).longValue(),
                        withDisk.isSelected() ? pool.getText().strip() : null, ((Integer) diskGiB.getValue()).longValue(),
                        withNetwork.isSelected() ? network.getText().strip() : null);
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(owner, e.getMessage(), "Check the input", JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    private static void row(JPanel form, int y, Object label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        form.add(label instanceof JComponent component ? component : new JLabel(label.toString()), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
    }
}

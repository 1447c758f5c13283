package org.vemanager.console.ui.cluster;

import java.awt.Window;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.vemanager.console.ui.Forms;

/** Asks for a new VM's name, vCPUs, memory, optional disk (pool and size) and optional network. */
public final class CreateVmDialog {

    private final JTextField name = Forms.field("create.name", "");
    private final JSpinner vcpus = new JSpinner(new SpinnerNumberModel(1, 1, 512, 1));
    private final JSpinner memory = new JSpinner(new SpinnerNumberModel(1024, 16, 16 * 1024 * 1024, 256));
    private final JCheckBox withDisk = new JCheckBox("Disk from pool");
    private final JTextField pool = Forms.field("create.pool", "");
    private final JSpinner diskGiB = new JSpinner(new SpinnerNumberModel(10, 1, 65536, 1));
    private final JCheckBox withNetwork = new JCheckBox("Network");
    private final JTextField network = Forms.field("create.network", "");

    /** Shows the dialog until the input is valid or the user cancels (null). */
    public VmSpec ask(Window owner, String nodeLabel) {
        vcpus.setName("create.vcpus");
        memory.setName("create.memory");
        JPanel form = Forms.form();
        Forms.row(form, 0, "Name", name);
        Forms.row(form, 1, "vCPUs", vcpus);
        Forms.row(form, 2, "Memory (MiB)", memory);
        Forms.row(form, 3, withDisk, pool);
        Forms.row(form, 4, "Disk size (GiB)", diskGiB);
        Forms.row(form, 5, withNetwork, network);
        return Forms.ask(owner, form, "New VM on " + nodeLabel, () -> new VmSpec(name.getText().strip(),
                (Integer) vcpus.getValue(), ((Integer) memory.getValue()).longValue(),
                withDisk.isSelected() ? pool.getText().strip() : null, ((Integer) diskGiB.getValue()).longValue(),
                withNetwork.isSelected() ? network.getText().strip() : null));
    }
}

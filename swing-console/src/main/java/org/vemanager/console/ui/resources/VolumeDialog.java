package org.vemanager.console.ui.resources;

import java.awt.FlowLayout;
import java.awt.Window;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.vemanager.console.client.PoolConfiguration;
import org.vemanager.console.ui.Forms;

/** Asks for a new volume's name, size (MiB or GiB) and format. */
final class VolumeDialog {

    /** A new volume as asked for; the size in MiB, whatever unit was typed. */
    record NewVolume(String name, long sizeMiB, PoolConfiguration.Format format) {
        NewVolume {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Name: give the volume a name, e.g. data.qcow2");
            }
            if (sizeMiB < 1) {
                throw new IllegalArgumentException("Size: at least 1 MiB");
            }
        }

        /** {@code size} in {@code unit} ("MiB" or "GiB"). */
        static NewVolume of(String name, long size, String unit, PoolConfiguration.Format format) {
            return new NewVolume(name == null ? null : name.strip(), "GiB".equals(unit) ? size * 1024 : size, format);
        }
    }

    private final JTextField name = Forms.field("vol.name", "");
    private final JSpinner size = new JSpinner(new SpinnerNumberModel(1, 1, 1024 * 1024, 1));
    private final JComboBox<String> unit = new JComboBox<>(new String[] {"GiB", "MiB"});
    private final JComboBox<PoolConfiguration.Format> format = new JComboBox<>(PoolConfiguration.Format.values());

    NewVolume ask(Window owner, String poolName) {
        size.setName("vol.size");
        unit.setName("vol.unit");
        format.setName("vol.format");
        JPanel sizeAndUnit = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        sizeAndUnit.add(size);
        sizeAndUnit.add(unit);
        JPanel form = Forms.form();
        Forms.row(form, 0, "Name", name);
        Forms.row(form, 1, "Size", sizeAndUnit);
        Forms.row(form, 2, "Format", format);
        return Forms.ask(owner, form, "New volume in " + poolName, () -> NewVolume.of(name.getText(),
                ((Integer) size.getValue()).longValue(), (String) unit.getSelectedItem(),
                (PoolConfiguration.Format) format.getSelectedItem()));
    }
}

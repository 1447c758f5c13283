package org.vemanager.console.ui.resources;

import java.awt.Window;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.vemanager.console.ui.Forms;

/** Asks for a new directory storage pool: its name and the host directory that holds its volumes. */
final class StoragePoolDialog {

    /** A new directory pool as asked for. */
    record NewStoragePool(String name, String directory) {
        NewStoragePool {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Name: give the pool a name");
            }
            if (directory == null || !directory.startsWith("/")) {
                throw new IllegalArgumentException("Directory: the absolute path of a directory on the node, e.g. /var/lib/vem/pool2");
            }
        }
    }

    private final JTextField name = Forms.field("pool.name", "");
    private final JTextField directory = Forms.field("pool.dir", "");

    NewStoragePool ask(Window owner, String nodeLabel) {
        JPanel form = Forms.form();
        Forms.row(form, 0, "Name", name);
        Forms.row(form, 1, "Directory on the node", directory);
        return Forms.ask(owner, form, "New storage pool on " + nodeLabel,
                () -> new NewStoragePool(name.getText().strip(), directory.getText().strip()));
    }
}

package org.vemanager.console.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** The parts the console's small input dialogs share: a two-column form and its OK/Cancel loop. */
public final class Forms {

    private Forms() {
    }

    /** A grid form of label / field rows. */
    public static JPanel form() {
        return new JPanel(new GridBagLayout());
    }

    /** A named text field (the name is what GUI tests find it by). */
    public static JTextField field(String name, String text) {
        JTextField f = new JTextField(text, 18);
        f.setName(name);
        return f;
    }

    /** Adds row {@code y}: a label (text, or a component such as a check box) and its field. */
    public static void row(JPanel form, int y, Object label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        JComponent left = label instanceof JComponent component ? component : new JLabel(label.toString());
        if (left instanceof JLabel text) {
            text.setLabelFor(field);
        }
        form.add(left, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
    }

    /** What reads a dialog's fields into a value; throws IllegalArgumentException saying what to fix. */
    @FunctionalInterface
    public interface Reader<T> {
        T read();
    }

    /** Shows {@code form} until {@code reader} accepts the input (the value) or the user cancels (null). */
    public static <T> T ask(Window owner, JComponent form, String title, Reader<T> reader) {
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, form, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return null;
            }
            try {
                return reader.read();
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(owner, e.getMessage(), "Check the input", JOptionPane.WARNING_MESSAGE);
            }
        }
    }
}

package org.vemanager.console.ui.connect;

import java.awt.Component;
import java.awt.GridLayout;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.vemanager.console.client.NodeEndpoint;

/** The small dialogs of the connection manager: add a node, log in, trust a certificate. */
public final class NodeDialogs {

    private NodeDialogs() {
    }

    /** Asks for a node URL and user; null when cancelled. Repeats until the URL is valid. */
    public static NodeEndpoint askNode(Component parent) {
        JTextField url = new JTextField("https://localhost:5989", 26);
        url.setName("node.url");
        JTextField user = new JTextField("admin", 12);
        user.setName("node.user");
        JPanel form = new JPanel(new GridLayout(0, 2, 4, 4));
        form.add(new JLabel("Node URL"));
        form.add(url);
        form.add(new JLabel("User"));
        form.add(user);
        while (true) {
            if (JOptionPane.showConfirmDialog(parent, form, "Add node", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
                return null;
            }
            try {
                return NodeEndpoint.parse(url.getText(), user.getText().strip());
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(parent, e.getMessage(), "Add node", JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    /**
     * Asks for a node's password on the event thread, from any thread (the cluster asks from its
     * request threads); null when cancelled. Passwords are never stored on disk.
     */
    public static char[] askPassword(Component parent, NodeEndpoint endpoint) {
        AtomicReference<char[]> answer = new AtomicReference<>();
        Runnable ask = () -> {
            JPasswordField field = new JPasswordField(20);
            field.setName("node.password");
            JPanel form = new JPanel(new GridLayout(0, 1, 4, 4));
            form.add(new JLabel("Password of " + endpoint.user() + " on " + endpoint.label()));
            form.add(field);
            if (JOptionPane.showConfirmDialog(parent, form, "Log in", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
                answer.set(field.getPassword());
            }
        };
        onEventThread(ask);
        return answer.get();
    }

    /** Shows a node's certificate fingerprint and asks whether to trust it, like SSH on first contact. */
    public static boolean askTrust(Component parent, String node, String fingerprint, boolean changed) {
        String text = (changed
                ? "WARNING: the certificate of " + node + " has CHANGED since you last trusted it.\n"
                    + "This happens when the node's key was re-generated — or when someone intercepts the connection.\n\n"
                : "The console has not seen " + node + " before.\n\n")
                + "Its certificate's SHA-256 fingerprint is:\n" + fingerprint
                + "\n\nCompare it with the one the node-agent printed when it started. Trust it?";
        return JOptionPane.showConfirmDialog(parent, text, "Trust node certificate", JOptionPane.YES_NO_OPTION,
                changed ? JOptionPane.WARNING_MESSAGE : JOptionPane.QUESTION_MESSAGE) == JOptionPane.YES_OPTION;
    }

    private static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}

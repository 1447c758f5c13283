package org.vemanager.console.ui;

import java.awt.BorderLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;

/**
 * The bottom line: the last message, an indeterminate progress bar while remote work runs, and a
 * Cancel button for it. Errors show as a summary here and in a dialog with the details on request.
 */
public final class StatusBar extends JPanel {

    private final JLabel message = new JLabel("Ready");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton("Cancel");
    private transient SwingWorker<?, ?> running;

    public StatusBar() {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        message.setName("status.message");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addActionListener(e -> {
            if (running != null) {
                running.cancel(true);
            }
        });
        JPanel right = new JPanel(new BorderLayout(4, 0));
        right.add(progress, BorderLayout.CENTER);
        right.add(cancel, BorderLayout.EAST);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    void started(String what, SwingWorker<?, ?> worker) {
        running = worker;
        message.setText(what + "…");
        progress.setVisible(true);
        cancel.setVisible(true);
    }

    void finished(SwingWorker<?, ?> worker) {
        if (running == worker) {
            running = null;
            progress.setVisible(false);
            cancel.setVisible(false);
        }
    }

    public void message(String text) {
        message.setText(text);
    }

    public String text() {
        return message.getText();
    }

    /** Shows a failure: the summary in the bar and in a dialog, the stack trace behind "Details". */
    public void error(String summary, String readable, Throwable details) {
        message.setText(summary + ": " + readable);
        JComponent parent = this;
        Object[] options = {"OK", "Details"};
        int choice = JOptionPane.showOptionDialog(parent, readable, summary, JOptionPane.DEFAULT_OPTION,
                JOptionPane.ERROR_MESSAGE, null, options, options[0]);
        if (choice == 1 && details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            JTextArea area = new JTextArea(trace.toString(), 20, 80);
            area.setEditable(false);
            JOptionPane.showMessageDialog(parent, new JScrollPane(area), summary, JOptionPane.ERROR_MESSAGE);
        }
    }
}

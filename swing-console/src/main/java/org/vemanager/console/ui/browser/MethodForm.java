package org.vemanager.console.ui.browser;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.vemanager.console.client.NodeSession;
import org.vemanager.console.ui.Background;

/**
 * A form generated from a method's declaration: one field per IN parameter, typed from the schema;
 * EmbeddedInstance parameters are edited as a form of the embedded class's properties.
 */
final class MethodForm {

    private final CIMClass cimClass;
    private final CIMObjectPath target;
    private final NodeSession session;
    private final Background background;

    MethodForm(CIMClass cimClass, CIMObjectPath target, NodeSession session, Background background) {
        this.cimClass = cimClass;
        this.target = target;
        this.session = session;
        this.background = background;
    }

    void show(Component parent) {
        String[] names = new String[cimClass.getMethodCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = cimClass.getMethod(i).getName();
        }
        JComboBox<String> choice = new JComboBox<>(names);
        if (JOptionPane.showConfirmDialog(parent, choice, "Method of " + cimClass.getName(), JOptionPane.OK_CANCEL_OPTION)
                != JOptionPane.OK_OPTION) {
            return;
        }
        CIMMethod<?> method = cimClass.getMethod((String) choice.getSelectedItem());
        Map<CIMParameter<?>, JTextField> fields = new LinkedHashMap<>();
        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        for (CIMParameter<?> p : method.getParameters()) {
            if (!isIn(p)) {
                continue;
            }
            String embedded = embeddedClass(p);
            JTextField field = new JTextField(28);
            field.setName("param." + p.getName());
            if (embedded != null) {
                field.setEditable(false);
                field.setText("(click to edit an instance of " + embedded + ")");
                field.addMouseListener(new java.awt.event.MouseAdapter() {
                    @Override
                    public void mouseClicked(java.awt.event.MouseEvent e) {
                        field.putClientProperty("vem.instance", editEmbedded(parent, embedded));
                        field.setText(field.getClientProperty("vem.instance") == null ? "" : "instance of " + embedded);
                    }
                });
            }
            addRow(form, row++, p.getName() + " : " + p.getDataType(), field);
            fields.put(p, field);
        }
        while (true) {
            if (JOptionPane.showConfirmDialog(parent, form, method.getName() + " on " + target, JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
                return;
            }
            try {
                CIMArgument<?>[] in = arguments(fields);
                background.run(method.getName(), () -> session.invoke(target, method.getName(), in), outcome ->
                        JOptionPane.showMessageDialog(parent, method.getName() + " returned " + outcome.returnCode()
                                + (outcome.job() != null ? "\nJob: " + outcome.job() : "")));
                return;
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(parent, e.getMessage(), "Check the input", JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    private static CIMArgument<?>[] arguments(Map<CIMParameter<?>, JTextField> fields) {
        List<CIMArgument<?>> in = new ArrayList<>();
        for (Map.Entry<CIMParameter<?>, JTextField> entry : fields.entrySet()) {
            CIMParameter<?> p = entry.getKey();
            Object instance = entry.getValue().getClientProperty("vem.instance");
            if (instance instanceof CIMInstance embedded) {
                in.add(p.getDataType().isArray()
                        ? new CIMArgument<>(p.getName(), CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {embedded})
                        : new CIMArgument<>(p.getName(), CIMDataType.OBJECT_T, embedded));
                continue;
            }
            Object value;
            try {
                value = ValueParser.parse(entry.getValue().getText(), p.getDataType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(p.getName() + ": " + e.getMessage());
            }
            if (value != null) {
                in.add(new CIMArgument<>(p.getName(), p.getDataType(), value));
            }
        }
        return in.toArray(CIMArgument<?>[]::new);
    }

    /** A form of the embedded class's writable-looking properties; returns the instance or null. */
    private CIMInstance editEmbedded(Component parent, String className) {
        try {
            CIMClass embedded = session.client().getClass(new CIMObjectPath(null, null, null, target.getNamespace(), className, null),
                    false, false, false, null);
            Map<CIMProperty<?>, JTextField> fields = new LinkedHashMap<>();
            JPanel form = new JPanel(new GridBagLayout());
            for (int i = 0; i < embedded.getPropertyCount(); i++) {
                CIMProperty<?> p = embedded.getProperty(i);
                JTextField field = new JTextField(24);
                addRow(form, i, p.getName() + " : " + p.getDataType(), field);
                fields.put(p, field);
            }
            if (JOptionPane.showConfirmDialog(parent, new javax.swing.JScrollPane(form), "Instance of " + className,
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
                return null;
            }
            List<CIMProperty<?>> values = new ArrayList<>();
            for (Map.Entry<CIMProperty<?>, JTextField> entry : fields.entrySet()) {
                Object value = ValueParser.parse(entry.getValue().getText(), entry.getKey().getDataType());
                if (value != null) {
                    values.add(new CIMProperty<>(entry.getKey().getName(), entry.getKey().getDataType(), value));
                }
            }
            return new CIMInstance(new CIMObjectPath(null, null, null, target.getNamespace(), className, null),
                    values.toArray(CIMProperty<?>[]::new));
        } catch (Exception e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot edit " + className, JOptionPane.WARNING_MESSAGE);
            return null;
        }
    }

    private static boolean isIn(CIMParameter<?> p) {
        CIMQualifier<?> in = p.getQualifier("IN");
        return in == null || !Boolean.FALSE.equals(in.getValue());
    }

    private static String embeddedClass(CIMParameter<?> p) {
        CIMQualifier<?> q = p.getQualifier("EmbeddedInstance");
        return q != null && q.getValue() != null ? q.getValue().toString() : null;
    }

    private static void addRow(JPanel form, int row, String label, Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(2, 3, 2, 3);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
    }
}

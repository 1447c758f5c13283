package org.vemanager.console.ui.cluster;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import org.vemanager.console.client.VmState;
import org.vemanager.console.client.VmSummary;

/** The sortable, filterable table of every VM in the cluster. */
public final class VmTablePanel extends JPanel {

    private final VmTableModel model = new VmTableModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<VmTableModel> sorter = new TableRowSorter<>(model);
    private final JTextField filter = new JTextField();

    public VmTablePanel() {
        super(new BorderLayout(0, 4));
        table.setName("vm.table");
        filter.setName("vm.filter");
        filter.putClientProperty("JTextField.placeholderText", "Filter by name, node or state");
        filter.putClientProperty("JTextField.showClearButton", true);
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(VmState.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                    int row, int column) {
                JLabel label = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                VmState state = (VmState) value;
                label.setText(state == null ? "" : state.label());
                label.setIcon(state == null ? null : StateIcons.of(state));
                return label;
            }
        });
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });
        add(filter, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    private void applyFilter() {
        String text = filter.getText().strip();
        if (text.isEmpty()) {
            sorter.setRowFilter(null);
            return;
        }
        Pattern pattern = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends VmTableModel, ? extends Integer> entry) {
                VmSummary vm = entry.getModel().row(entry.getIdentifier());
                return pattern.matcher(String.valueOf(vm.name())).find() || pattern.matcher(vm.node()).find()
                        || pattern.matcher(vm.state().label()).find();
            }
        });
    }

    /** Replaces the rows, keeping the selection on the same VMs. */
    public void setVms(List<VmSummary> vms) {
        List<String> selected = new ArrayList<>();
        for (VmSummary vm : selection()) {
            selected.add(vm.node() + "/" + vm.uuid());
        }
        model.setRows(vms);
        for (int i = 0; i < table.getRowCount(); i++) {
            VmSummary vm = model.row(table.convertRowIndexToModel(i));
            if (selected.contains(vm.node() + "/" + vm.uuid())) {
                table.addRowSelectionInterval(i, i);
            }
        }
    }

    public List<VmSummary> selection() {
        List<VmSummary> selected = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            selected.add(model.row(table.convertRowIndexToModel(row)));
        }
        return selected;
    }

    /** Where the CPU % column reads a VM's latest utilisation. */
    public void setCpuLoad(java.util.function.Function<VmSummary, Double> source) {
        model.setCpuLoad(source);
    }

    /** New metrics arrived: the CPU % column is redrawn. */
    public void refreshCpuLoad() {
        model.refreshCpuLoad();
    }

    /** Puts the keyboard in the filter field, its text selected (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocusInWindow();
        filter.selectAll();
    }

    public JTable table() {
        return table;
    }
}

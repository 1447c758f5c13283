package org.vemanager.console.ui.cluster;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.vemanager.console.client.VmState;
import org.vemanager.console.client.VmSummary;

/** All VMs across nodes, one row each. Updated on the event thread only. */
public final class VmTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Name", "Node", "State", "vCPUs", "Memory (MiB)", "CPU %", "UUID"};
    private List<VmSummary> rows = new ArrayList<>();

    public void setRows(List<VmSummary> vms) {
        rows = new ArrayList<>(vms);
        fireTableDataChanged();
    }

    public VmSummary row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 2 -> VmState.class;
            case 3 -> Integer.class;
            case 4 -> Long.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        VmSummary vm = rows.get(row);
        return switch (column) {
            case 0 -> vm.name();
            case 1 -> vm.node();
            case 2 -> vm.state();
            case 3 -> vm.vcpus() < 0 ? null : vm.vcpus();
            case 4 -> vm.memoryMiB() < 0 ? null : vm.memoryMiB();
            // CPU load arrives with the node metrics (DSP1053); until a node offers them the cell is empty.
            case 5 -> null;
            default -> vm.uuid();
        };
    }
}

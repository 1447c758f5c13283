package org.vemanager.console.ui.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;
import org.vemanager.console.client.VmState;
import org.vemanager.console.client.VmSummary;

/** All VMs across nodes, one row each. Updated on the event thread only. */
public final class VmTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Name", "Node", "State", "vCPUs", "Memory (MiB)", "CPU %", "UUID"};
    private List<VmSummary> rows = new ArrayList<>();
    private Function<VmSummary, Double> cpuLoad = vm -> null;

    /** Where the CPU % column reads a VM's latest utilisation (the node's metrics); null leaves the cell empty. */
    public void setCpuLoad(Function<VmSummary, Double> source) {
        cpuLoad = source;
        refreshCpuLoad();
    }

    /** New metrics arrived: repaints the CPU % column's rows (selection and order stay). */
    public void refreshCpuLoad() {
        if (!rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        }
    }

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
            case 5 -> Double.class;
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
            // From the node's metrics (DSP1053): empty until a VM has two samples, and for a VM that is off.
            case 5 -> cpuLoad.apply(vm);
            default -> vm.uuid();
        };
    }
}

package org.vemanager.console.ui.resources;

import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** A read-only table of records: one column per (title, getter). */
final class RowTableModel<T> extends AbstractTableModel {

    /** One column: its title and how a row shows in it. */
    record Column<T>(String title, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;
    private List<T> rows = List.of();

    RowTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    void setRows(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).title();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}

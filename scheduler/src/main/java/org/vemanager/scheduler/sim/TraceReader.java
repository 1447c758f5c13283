package org.vemanager.scheduler.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared PlanetLab CSV format: a header {@code vm,t000,t001,…}, then one row per VM with its name and
 * one percentage per 5-minute sample. Bad input gets an error naming the file, line and column.
 */
public final class TraceReader {

    private static final int PLANETLAB_SAMPLE_MINUTES = 5;

    private TraceReader() {
    }

    public static Trace read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("vm,")) {
                throw new IOException(file + ": line 1: expected a header starting with 'vm,'");
            }
            int columns = header.split(",", -1).length - 1;
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length - 1 != columns) {
                    throw new IOException(file + ": line " + lineNo + ": " + (cells.length - 1) + " samples, header has " + columns);
                }
                double[] row = new double[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = parse(file, lineNo, c + 2, cells[c + 1]);
                }
                names.add(cells[0]);
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": no VM rows");
        }
        return new Trace(name, names, rows.toArray(new double[0][]), PLANETLAB_SAMPLE_MINUTES);
    }

    private static double parse(Path file, int line, int column, String cell) throws IOException {
        try {
            double v = Double.parseDouble(cell.trim());
            if (v < 0 || v > 100 || Double.isNaN(v)) {
                throw new IOException(file + ": line " + line + ", column " + column + ": " + cell + " is not a percentage 0..100");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IOException(file + ": line " + line + ", column " + column + ": '" + cell + "' is not a number", e);
        }
    }
}

package io.github.cwgan.examples.gaussians;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small comma-separated table: a header line and data rows of plain fields (no quoting, which
 * the experiment's files do not use). Blank lines are skipped. Every accessor that fails throws a
 * {@link CsvFormatException} naming the source, the row, the line and the column.
 */
final class CsvTable {

    private final String source;
    private final List<String> header;
    private final List<String[]> rows;
    private final List<Integer> lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, List<Integer> lines) {
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * Reads a whole table.
     *
     * @param reader the text; not closed here
     * @param source the file or resource name used in error messages
     * @return the table
     * @throws IOException if reading fails
     * @throws CsvFormatException if the header is missing or a row has a different number of fields
     */
    static CsvTable read(BufferedReader reader, String source) throws IOException {
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int lineNumber = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1); // byte-order mark
            }
            if (text.isBlank()) {
                continue;
            }
            String[] fields = text.split(",", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            if (header == null) {
                header = List.of(fields);
                continue;
            }
            if (fields.length != header.size()) {
                String where = source + ": row " + (rows.size() + 1) + " (line " + lineNumber + ")";
                if (fields.length < header.size()) {
                    String missing = header.get(fields.length);
                    throw new CsvFormatException(
                            where + ", column '" + missing + "': missing; the row has " + fields.length
                                    + " fields, the header " + header.size() + " (" + String.join(",", header) + ")",
                            lineNumber, missing);
                }
                throw new CsvFormatException(
                        where + ": the row has " + fields.length + " fields, the header only "
                                + header.size() + " (" + String.join(",", header) + ")",
                        lineNumber, null);
            }
            rows.add(fields);
            lines.add(lineNumber);
        }
        if (header == null) {
            throw new CsvFormatException(source + ": empty file, expected a header line", 0, null);
        }
        return new CsvTable(source, header, rows, lines);
    }

    String source() {
        return source;
    }

    int rowCount() {
        return rows.size();
    }

    /**
     * Returns the index of a column.
     *
     * @throws CsvFormatException naming the header line and the column when it is missing
     */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new CsvFormatException(
                    source + ": header (line 1), column '" + name + "': missing; the header has "
                            + String.join(",", header),
                    1, name);
        }
        return index;
    }

    /** Returns a finite decimal number. */
    double decimal(int row, int column) {
        String text = rows.get(row)[column];
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw error(row, column, "'" + text + "' is not a finite number");
        }
        return value;
    }

    /** Returns an integer. */
    int integer(int row, int column) {
        String text = rows.get(row)[column];
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + text + "' is not an integer");
        }
    }

    /** Builds the error for one cell: "source: row r (line l), column 'c': problem". */
    CsvFormatException error(int row, int column, String problem) {
        int line = lines.get(row);
        String name = header.get(column);
        return new CsvFormatException(
                source + ": row " + (row + 1) + " (line " + line + "), column '" + name + "': " + problem,
                line, name);
    }

    @Override
    public String toString() {
        return "CsvTable[" + source + ", " + Arrays.toString(header.toArray()) + ", " + rows.size()
                + " rows]";
    }
}

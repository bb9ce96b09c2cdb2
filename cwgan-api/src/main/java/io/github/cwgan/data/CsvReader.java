package io.github.cwgan.data;

import io.github.cwgan.condition.Condition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link ConditionalDataset} from a CSV file with a header line.
 *
 * <pre>{@code
 * ConditionalDataset<Integer> data = CsvReader.of(OneHot.of(10))
 *         .dataColumns("x1", "x2")
 *         .conditionColumns("label")
 *         .read(Path.of("ten-gaussians.csv"));
 * }</pre>
 *
 * <p>Defaults: delimiter {@code ','}; the condition is read from the last column; the data are all
 * other columns, in file order. Fields may be double-quoted. Blank lines are skipped.
 *
 * <p>Every problem is a {@link DataFormatException} naming the file, the row and the column: a
 * missing column, a ragged row, a field that is not a number, NaN or infinity, a condition value the
 * condition rejects. Immutable: each setting returns a new reader.
 *
 * @param <V> the condition value type
 */
public final class CsvReader<V> {

    private final Condition<V> condition;
    private final List<String> dataColumns;
    private final List<String> conditionColumns;
    private final char delimiter;

    private CsvReader(Condition<V> condition, List<String> dataColumns, List<String> conditionColumns,
                      char delimiter) {
        this.condition = condition;
        this.dataColumns = dataColumns;
        this.conditionColumns = conditionColumns;
        this.delimiter = delimiter;
    }

    /** A reader for data sets conditioned on {@code condition}, with the defaults above. */
    public static <V> CsvReader<V> of(Condition<V> condition) {
        return new CsvReader<>(Objects.requireNonNull(condition, "condition"), List.of(), List.of(), ',');
    }

    /** This reader taking the data from these columns, in this order. */
    public CsvReader<V> dataColumns(String... columns) {
        return new CsvReader<>(condition, columns("dataColumns", columns), conditionColumns, delimiter);
    }

    /** This reader taking the condition value from these columns (one for most conditions). */
    public CsvReader<V> conditionColumns(String... columns) {
        return new CsvReader<>(condition, dataColumns, columns("conditionColumns", columns), delimiter);
    }

    /** This reader splitting fields at {@code delimiter} (default {@code ','}). */
    public CsvReader<V> delimiter(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was '" + delimiter + "'");
        }
        return new CsvReader<>(condition, dataColumns, conditionColumns, delimiter);
    }

    private static List<String> columns(String what, String... columns) {
        Objects.requireNonNull(columns, what);
        if (columns.length == 0) {
            throw new IllegalArgumentException(what + " must name at least one column");
        }
        List<String> list = List.of(columns);
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException(what + " must not repeat a column, was " + list);
        }
        return list;
    }

    /**
     * Reads the file (UTF-8).
     *
     * @throws DataFormatException naming file, row and column for any malformed content
     * @throws IOException         if the file cannot be read
     */
    public ConditionalDataset<V> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /**
     * Reads CSV text from {@code reader}; {@code source} names it in messages.
     *
     * @throws DataFormatException naming source, row and column for any malformed content
     */
    public ConditionalDataset<V> read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String headerLine = in.readLine();
        long line = 1;
        while (headerLine != null && headerLine.isBlank()) {
            headerLine = in.readLine();
            line++;
        }
        if (headerLine == null) {
            throw new DataFormatException(source + ": the file is empty, expected a header line", 0, null);
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1); // a UTF-8 byte-order mark, as spreadsheet programs write
        }
        final long headerLineNumber = line;
        List<String> header = split(headerLine, source, 0, line);
        int[] conditionIdx = conditionColumns.isEmpty()
                ? new int[] {header.size() - 1}
                : indices(header, conditionColumns, "condition", source, headerLineNumber);
        int[] dataIdx;
        if (dataColumns.isEmpty()) {
            dataIdx = java.util.stream.IntStream.range(0, header.size())
                    .filter(i -> Arrays.stream(conditionIdx).noneMatch(c -> c == i)).toArray();
        } else {
            dataIdx = indices(header, dataColumns, "data", source, headerLineNumber);
        }
        if (dataIdx.length == 0) {
            throw new DataFormatException(source + ": no data columns: the header " + header
                    + " has only the condition column(s)", 0, null);
        }
        for (int d : dataIdx) {
            for (int c : conditionIdx) {
                if (d == c) {
                    throw new DataFormatException(source + ": column '" + header.get(d)
                            + "' is both a data and a condition column", 0, header.get(d));
                }
            }
        }
        List<float[]> rows = new ArrayList<>();
        List<V> values = new ArrayList<>();
        String text;
        long row = 0;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            row++;
            List<String> fields = split(text, source, row, line);
            if (fields.size() != header.size()) {
                throw new DataFormatException(where(source, row, line) + ": has " + fields.size()
                        + " fields, the header has " + header.size(), row, null);
            }
            float[] x = new float[dataIdx.length];
            for (int j = 0; j < dataIdx.length; j++) {
                String col = header.get(dataIdx[j]);
                String f = fields.get(dataIdx[j]).strip();
                float v;
                try {
                    v = Float.parseFloat(f);
                } catch (NumberFormatException e) {
                    throw new DataFormatException(where(source, row, line) + ", column '" + col + "': '" + f
                            + "' is not a number", row, col);
                }
                if (!Float.isFinite(v)) {
                    throw new DataFormatException(where(source, row, line) + ", column '" + col + "': " + f
                            + " is not finite; data must be finite numbers", row, col);
                }
                x[j] = v;
            }
            List<String> cf = new ArrayList<>(conditionIdx.length);
            for (int c : conditionIdx) {
                cf.add(fields.get(c));
            }
            V value;
            try {
                value = condition.parse(cf);
                condition.validate(value);
            } catch (IllegalArgumentException e) {
                String col = String.join(",", Arrays.stream(conditionIdx).mapToObj(header::get).toList());
                throw new DataFormatException(where(source, row, line) + ", column '" + col + "': "
                        + e.getMessage(), row, col);
            }
            rows.add(x);
            values.add(value);
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(source + ": no data rows after the header", 0, null);
        }
        return ConditionalDataset.of(condition, rows.toArray(new float[0][]), values);
    }

    private static String where(String source, long row, long line) {
        return source + ": row " + row + " (line " + line + ")";
    }

    private static int[] indices(List<String> header, List<String> wanted, String what, String source, long line)
            throws DataFormatException {
        int[] idx = new int[wanted.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = header.indexOf(wanted.get(i));
            if (idx[i] < 0) {
                throw new DataFormatException(source + ": header (line " + line + "): " + what + " column '"
                        + wanted.get(i) + "' is not in the header " + header, 0, wanted.get(i));
            }
            if (header.lastIndexOf(wanted.get(i)) != idx[i]) {
                throw new DataFormatException(source + ": header (line " + line + "): " + what + " column '"
                        + wanted.get(i) + "' appears more than once in the header " + header, 0, wanted.get(i));
            }
        }
        return idx;
    }

    private List<String> split(String text, String source, long row, long line) throws DataFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(ch);
                }
            } else if (ch == '"' && f.toString().isBlank()) {
                quoted = true;
                f.setLength(0);
            } else if (ch == delimiter) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        if (quoted) {
            throw new DataFormatException((row == 0 ? source + ": header (line " + line + ")" : where(source, row, line))
                    + ": a quoted field is not closed", row, null);
        }
        out.add(f.toString());
        if (row == 0) {
            for (int i = 0; i < out.size(); i++) {
                out.set(i, out.get(i).strip());
            }
        }
        return out;
    }
}

package io.github.cwgan.data;

import java.io.IOException;

/**
 * A data file that cannot be read as a data set: a malformed or ragged row, a value that is not a
 * finite number, a condition value the condition rejects, a missing column. The message names the
 * file, the row (1-based, counting data rows after the header) and the column.
 */
public final class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final String column;

    /**
     * @param message the whole message, naming file, row and column
     * @param row     the 1-based data row, or 0 when the problem is not in one row (e.g. the header)
     * @param column  the column's name, or null when the problem is not in one column
     */
    public DataFormatException(String message, long row, String column) {
        super(message);
        this.row = row;
        this.column = column;
    }

    /** The 1-based data row of the problem (the header is row 0). */
    public long row() {
        return row;
    }

    /** The column of the problem, or null. */
    public String column() {
        return column;
    }
}

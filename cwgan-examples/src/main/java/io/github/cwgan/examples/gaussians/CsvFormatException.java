package io.github.cwgan.examples.gaussians;

/**
 * A CSV file of the 10-Gaussian experiment does not have the expected form: a missing column, a
 * row with too few fields, text where a number belongs, a label out of range.
 *
 * <p>The message names the file, the data row (1-based, the header not counted), the line (1-based,
 * the header is line 1) and the column, for example {@code "ten-gaussians-params.csv: row 3 (line
 * 4), column 'cov_12': 'abc' is not a number"}.
 */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Line number (1-based, the header is line 1) or 0 when the error is not tied to a line. */
    private final int line;

    /** Column name, or {@code null} when the error is not tied to a column. */
    private final String column;

    CsvFormatException(String message, int line, String column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the 1-based line of the file where the error is (the header is line 1), or 0 when the
     * error concerns the file as a whole.
     *
     * @return the line number, or 0
     */
    public int line() {
        return line;
    }

    /**
     * Returns the name of the column where the error is, or {@code null} when it concerns a whole
     * row or the file.
     *
     * @return the column name, or {@code null}
     */
    public String column() {
        return column;
    }
}

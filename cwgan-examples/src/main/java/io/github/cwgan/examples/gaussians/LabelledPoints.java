package io.github.cwgan.examples.gaussians;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Two-dimensional points with a class label each: the real data set of the 10-Gaussian
 * experiment, or generated samples with the class they were asked for.
 *
 * <p>The arrays are copied on the way in and out, so an instance is immutable. Read the experiment's
 * data with {@link #tenGaussians()} or a file of the same form ({@code x1,x2,label}, further
 * columns ignored) with {@link #read(Path)}.
 *
 * @param points {@code n×2} coordinates
 * @param labels {@code n} labels, each {@code >= 0}
 */
public record LabelledPoints(float[][] points, int[] labels) {

    /** Class-path name of the 10-Gaussian experiment's data set (10 000 rows). */
    public static final String TEN_GAUSSIANS_RESOURCE = "/io/github/cwgan/examples/ten-gaussians.csv";

    /**
     * Checks the shapes and copies the arrays.
     *
     * @param points {@code n×2} coordinates
     * @param labels {@code n} labels, each {@code >= 0}
     * @throws IllegalArgumentException if the lengths differ, a row does not have 2 entries or a
     *     label is negative
     */
    public LabelledPoints {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(labels, "labels");
        if (points.length != labels.length) {
            throw new IllegalArgumentException("points and labels must have the same length, were "
                    + points.length + " and " + labels.length);
        }
        points = copy(points);
        labels = labels.clone();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("labels[" + i + "] must be >= 0, was " + labels[i]);
            }
        }
    }

    /**
     * Reads the 10-Gaussian data set from the class path ({@value #TEN_GAUSSIANS_RESOURCE}).
     *
     * @return 10 000 points, 1000 per class
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if the resource is not on the class path
     */
    public static LabelledPoints tenGaussians() {
        try (InputStream in = LabelledPoints.class.getResourceAsStream(TEN_GAUSSIANS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + TEN_GAUSSIANS_RESOURCE
                        + " not found on the class path; is cwgan-examples' jar on it?");
            }
            return read(in, "ten-gaussians.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + TEN_GAUSSIANS_RESOURCE, e);
        }
    }

    /**
     * Reads points from a CSV file (UTF-8) with the columns {@code x1,x2,label}.
     *
     * @param file the file
     * @return the points
     * @throws IOException if the file cannot be read
     * @throws CsvFormatException if a column is missing, a cell is not a number or a label is
     *     negative; the message names the row and the column
     */
    public static LabelledPoints read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(CsvTable.read(reader, file.toString()));
        }
    }

    /**
     * Reads points from a CSV stream (UTF-8) with the columns {@code x1,x2,label}.
     *
     * @param in the stream; not closed here
     * @param sourceName the name used in error messages
     * @return the points
     * @throws IOException if the stream cannot be read
     * @throws CsvFormatException as for {@link #read(Path)}
     */
    public static LabelledPoints read(InputStream in, String sourceName) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return read(CsvTable.read(reader, sourceName));
    }

    private static LabelledPoints read(CsvTable table) {
        int x1 = table.column("x1");
        int x2 = table.column("x2");
        int label = table.column("label");
        int n = table.rowCount();
        float[][] points = new float[n][2];
        int[] labels = new int[n];
        for (int row = 0; row < n; row++) {
            points[row][0] = (float) table.decimal(row, x1);
            points[row][1] = (float) table.decimal(row, x2);
            labels[row] = table.integer(row, label);
            if (labels[row] < 0) {
                throw table.error(row, label, "label " + labels[row] + " is negative");
            }
        }
        return new LabelledPoints(points, labels);
    }

    /**
     * Returns a copy of the coordinates.
     *
     * @return {@code n×2} coordinates
     */
    @Override
    public float[][] points() {
        return copy(points);
    }

    /**
     * Returns a copy of the labels.
     *
     * @return {@code n} labels
     */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /**
     * Returns the number of points.
     *
     * @return n
     */
    public int size() {
        return labels.length;
    }

    /**
     * Returns the number of classes, one more than the largest label (0 when empty).
     *
     * @return the number of classes
     */
    public int classes() {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max + 1;
    }

    private static float[][] copy(float[][] points) {
        float[][] copy = new float[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points[" + i + "] must have 2 entries, was "
                        + (points[i] == null ? "null" : points[i].length));
            }
            copy[i] = points[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledPoints p && Arrays.deepEquals(points, p.points)
                && Arrays.equals(labels, p.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(points) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "LabelledPoints[n=" + labels.length + ", classes=" + classes() + "]";
    }
}

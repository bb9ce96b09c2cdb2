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
import java.util.Locale;
import java.util.Objects;

/**
 * The true parameters of a mixture of K two-dimensional Gaussians, one per class {@code 0..K-1}:
 * a mean and a symmetric positive definite 2×2 covariance each, plus what the quality measures
 * need from them (precision matrices, log-determinants, squared Mahalanobis distances).
 *
 * <p>Read the experiment's parameters with {@link #tenGaussians()}, or any file of the same form
 * with {@link #read(Path)}: a CSV with the header {@code label,mean_x1,mean_x2,cov_11,cov_12,cov_22}
 * (further columns are ignored, the order of columns and rows is free) and one row per class,
 * labels exactly {@code 0..K-1}.
 *
 * <p>Instances are immutable; every accessor returns a copy.
 */
public final class GaussianParams {

    /** Class-path name of the 10-Gaussian experiment's parameters. */
    public static final String TEN_GAUSSIANS_RESOURCE =
            "/io/github/cwgan/examples/ten-gaussians-params.csv";

    private static final String[] COLUMNS = {
        "label", "mean_x1", "mean_x2", "cov_11", "cov_12", "cov_22"
    };

    private final double[] mean1;
    private final double[] mean2;
    private final double[] cov11;
    private final double[] cov12;
    private final double[] cov22;
    private final double[] prec11;
    private final double[] prec12;
    private final double[] prec22;
    private final double[] logDet;

    private GaussianParams(double[] mean1, double[] mean2, double[] cov11, double[] cov12,
            double[] cov22) {
        int k = mean1.length;
        this.mean1 = mean1;
        this.mean2 = mean2;
        this.cov11 = cov11;
        this.cov12 = cov12;
        this.cov22 = cov22;
        this.prec11 = new double[k];
        this.prec12 = new double[k];
        this.prec22 = new double[k];
        this.logDet = new double[k];
        for (int c = 0; c < k; c++) {
            double det = cov11[c] * cov22[c] - cov12[c] * cov12[c];
            prec11[c] = cov22[c] / det;
            prec12[c] = -cov12[c] / det;
            prec22[c] = cov11[c] / det;
            logDet[c] = Math.log(det);
        }
    }

    /**
     * Creates the parameters from arrays.
     *
     * @param means {@code K×2}: the mean of class k is {@code means[k]}
     * @param covariances {@code K×2×2}: the covariance of class k, symmetric positive definite
     * @return the parameters
     * @throws IllegalArgumentException if the shapes are wrong, K is 0, a value is not finite, or a
     *     covariance is not symmetric positive definite (the message names the class)
     */
    public static GaussianParams of(double[][] means, double[][][] covariances) {
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(covariances, "covariances");
        int k = means.length;
        if (k == 0) {
            throw new IllegalArgumentException("means must hold at least one class, was empty");
        }
        if (covariances.length != k) {
            throw new IllegalArgumentException(
                    "covariances must hold one matrix per mean (" + k + "), was " + covariances.length);
        }
        double[] m1 = new double[k];
        double[] m2 = new double[k];
        double[] c11 = new double[k];
        double[] c12 = new double[k];
        double[] c22 = new double[k];
        for (int c = 0; c < k; c++) {
            if (means[c] == null || means[c].length != 2) {
                throw new IllegalArgumentException("means[" + c + "] must have 2 entries");
            }
            double[][] cov = covariances[c];
            if (cov == null || cov.length != 2 || cov[0] == null || cov[0].length != 2
                    || cov[1] == null || cov[1].length != 2) {
                throw new IllegalArgumentException("covariances[" + c + "] must be 2×2");
            }
            if (cov[0][1] != cov[1][0]) {
                throw new IllegalArgumentException("covariances[" + c + "] must be symmetric, was "
                        + Arrays.deepToString(cov));
            }
            m1[c] = means[c][0];
            m2[c] = means[c][1];
            c11[c] = cov[0][0];
            c12[c] = cov[0][1];
            c22[c] = cov[1][1];
            String problem = problem(m1[c], m2[c], c11[c], c12[c], c22[c]);
            if (problem != null) {
                throw new IllegalArgumentException("class " + c + ": " + problem);
            }
        }
        return new GaussianParams(m1, m2, c11, c12, c22);
    }

    /**
     * Reads the parameters of the 10-Gaussian experiment from the class path
     * ({@value #TEN_GAUSSIANS_RESOURCE}).
     *
     * @return the ten Gaussians
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if the resource is not on the class path
     */
    public static GaussianParams tenGaussians() {
        try (InputStream in = GaussianParams.class.getResourceAsStream(TEN_GAUSSIANS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + TEN_GAUSSIANS_RESOURCE
                        + " not found on the class path; is cwgan-examples' jar on it?");
            }
            return read(in, "ten-gaussians-params.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + TEN_GAUSSIANS_RESOURCE, e);
        }
    }

    /**
     * Reads parameters from a CSV file (UTF-8).
     *
     * @param file the file
     * @return the parameters
     * @throws IOException if the file cannot be read
     * @throws CsvFormatException if a column is missing, a cell is not a number, the labels are not
     *     exactly {@code 0..K-1}, or a covariance is not positive definite; the message names the
     *     row and the column
     */
    public static GaussianParams read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(CsvTable.read(reader, file.toString()));
        }
    }

    /**
     * Reads parameters from a CSV stream (UTF-8), for example a class-path resource.
     *
     * @param in the stream; not closed here
     * @param sourceName the name used in error messages, for example the file name
     * @return the parameters
     * @throws IOException if the stream cannot be read
     * @throws CsvFormatException as for {@link #read(Path)}
     */
    public static GaussianParams read(InputStream in, String sourceName) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return read(CsvTable.read(reader, sourceName));
    }

    private static GaussianParams read(CsvTable table) {
        int[] col = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            col[i] = table.column(COLUMNS[i]);
        }
        int k = table.rowCount();
        if (k == 0) {
            throw new CsvFormatException(table.source() + ": no data rows, expected one per class", 0,
                    null);
        }
        double[][] values = new double[5][k];
        int[] rowOfLabel = new int[k];
        Arrays.fill(rowOfLabel, -1);
        for (int row = 0; row < k; row++) {
            int label = table.integer(row, col[0]);
            if (label < 0 || label >= k) {
                throw table.error(row, col[0], "label " + label + " is outside 0.." + (k - 1)
                        + " (the file has " + k + " rows, one per class)");
            }
            if (rowOfLabel[label] >= 0) {
                throw table.error(row, col[0], "label " + label + " repeats row " + (rowOfLabel[label] + 1));
            }
            rowOfLabel[label] = row;
            for (int v = 0; v < 5; v++) {
                values[v][label] = table.decimal(row, col[v + 1]);
            }
            String problem = problem(values[0][label], values[1][label], values[2][label],
                    values[3][label], values[4][label]);
            if (problem != null) {
                throw table.error(row, col[5], problem);
            }
        }
        return new GaussianParams(values[0], values[1], values[2], values[3], values[4]);
    }

    /** Returns what is wrong with one class's numbers, or {@code null}. */
    private static String problem(double m1, double m2, double c11, double c12, double c22) {
        if (!Double.isFinite(m1) || !Double.isFinite(m2) || !Double.isFinite(c11)
                || !Double.isFinite(c12) || !Double.isFinite(c22)) {
            return "mean and covariance must be finite";
        }
        double det = c11 * c22 - c12 * c12;
        if (c11 <= 0 || c22 <= 0 || det <= 0) {
            return String.format(Locale.ROOT,
                    "covariance [[%s, %s], [%s, %s]] is not positive definite (determinant %s)",
                    c11, c12, c12, c22, det);
        }
        return null;
    }

    /**
     * Returns the number of classes K.
     *
     * @return K, at least 1
     */
    public int classes() {
        return mean1.length;
    }

    /**
     * Returns the mean of class k.
     *
     * @param k the class, {@code 0..K-1}
     * @return {@code {mean_x1, mean_x2}}, a copy
     */
    public double[] mean(int k) {
        check(k);
        return new double[] {mean1[k], mean2[k]};
    }

    /**
     * Returns the covariance of class k.
     *
     * @param k the class, {@code 0..K-1}
     * @return the 2×2 covariance, a copy
     */
    public double[][] covariance(int k) {
        check(k);
        return new double[][] {{cov11[k], cov12[k]}, {cov12[k], cov22[k]}};
    }

    /**
     * Returns the precision matrix (inverse covariance) of class k.
     *
     * @param k the class, {@code 0..K-1}
     * @return the 2×2 precision, a copy
     */
    public double[][] precision(int k) {
        check(k);
        return new double[][] {{prec11[k], prec12[k]}, {prec12[k], prec22[k]}};
    }

    /**
     * Returns the natural logarithm of the determinant of class k's covariance.
     *
     * @param k the class, {@code 0..K-1}
     * @return {@code log det Σ_k}
     */
    public double logDeterminant(int k) {
        check(k);
        return logDet[k];
    }

    /**
     * Returns the squared Mahalanobis distance {@code (x − μ_k)ᵀ Σ_k⁻¹ (x − μ_k)} of a point to
     * class k's Gaussian. NaN when a coordinate is NaN.
     *
     * @param x1 the first coordinate
     * @param x2 the second coordinate
     * @param k the class, {@code 0..K-1}
     * @return the squared distance, {@code >= 0}
     */
    public double squaredMahalanobis(double x1, double x2, int k) {
        check(k);
        return m2(x1, x2, k);
    }

    /**
     * Returns the class with the smallest Mahalanobis distance to the point (the first one on a
     * tie), or -1 when a coordinate is not finite.
     *
     * @param x1 the first coordinate
     * @param x2 the second coordinate
     * @return the nearest class, or -1
     */
    public int nearestClass(double x1, double x2) {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            return -1;
        }
        int best = 0;
        double bestValue = m2(x1, x2, 0);
        for (int c = 1; c < mean1.length; c++) {
            double value = m2(x1, x2, c);
            if (value < bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }

    /**
     * Returns the class that the Bayes classifier with these Gaussians and equal priors picks: the
     * argmax over k of {@code −½ m²_k − ½ log det Σ_k} (the first one on a tie), or -1 when a
     * coordinate is not finite.
     *
     * @param x1 the first coordinate
     * @param x2 the second coordinate
     * @return the Bayes class, or -1
     */
    public int bayesClass(double x1, double x2) {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            return -1;
        }
        int best = 0;
        double bestValue = -0.5 * m2(x1, x2, 0) - 0.5 * logDet[0];
        for (int c = 1; c < mean1.length; c++) {
            double value = -0.5 * m2(x1, x2, c) - 0.5 * logDet[c];
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }

    private double m2(double x1, double x2, int k) {
        double d1 = x1 - mean1[k];
        double d2 = x2 - mean2[k];
        return prec11[k] * d1 * d1 + 2 * prec12[k] * d1 * d2 + prec22[k] * d2 * d2;
    }

    private void check(int k) {
        if (k < 0 || k >= mean1.length) {
            throw new IndexOutOfBoundsException(
                    "class must be in 0.." + (mean1.length - 1) + ", was " + k);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianParams p && Arrays.equals(mean1, p.mean1)
                && Arrays.equals(mean2, p.mean2) && Arrays.equals(cov11, p.cov11)
                && Arrays.equals(cov12, p.cov12) && Arrays.equals(cov22, p.cov22);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(mean1), Arrays.hashCode(mean2), Arrays.hashCode(cov11),
                Arrays.hashCode(cov12), Arrays.hashCode(cov22));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("GaussianParams[K=").append(classes());
        for (int c = 0; c < classes(); c++) {
            s.append(String.format(Locale.ROOT, ", %d: mean (%.4g, %.4g) cov [[%.4g, %.4g], [%.4g, %.4g]]",
                    c, mean1[c], mean2[c], cov11[c], cov12[c], cov12[c], cov22[c]));
        }
        return s.append(']').toString();
    }
}

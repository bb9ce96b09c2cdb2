package io.github.cwgan.examples.gaussians;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How well two-dimensional samples, each asked for a class, match a mixture of Gaussians: the
 * measures of the 10-Gaussian experiment.
 *
 * <ul>
 *   <li><b>modes covered</b>: class k counts when some sample (whatever it was asked for) lies
 *       within Mahalanobis distance 3 of Gaussian k (squared distance {@code < 9}) and k is the
 *       class with the smallest Mahalanobis distance to it;
 *   <li><b>within 3 SD</b>: the share of samples whose squared Mahalanobis distance to the Gaussian
 *       of the class they were asked for is {@code < 9} (the real data: 0.9885);
 *   <li><b>Bayes</b>: the share of samples that the Bayes classifier with the true Gaussians and
 *       equal priors (argmax of {@code −½ m²_k − ½ log det Σ_k}) assigns to the class they were
 *       asked for (the real data: 0.968);
 *   <li><b>per class</b>: the sample mean and the sample covariance (divisor {@code n − 1}) of the
 *       samples asked for the class, the Euclidean distance of that mean to the true mean, the
 *       Frobenius norm of the covariance's difference to the true covariance, and that norm divided
 *       by the true covariance's Frobenius norm.
 * </ul>
 *
 * <p>These are exactly the quantities of {@code quality()} in the PyTorch reference. Samples with
 * a NaN or infinite coordinate are counted in {@link #nonFinite()}: they are never within 3 SD,
 * never classified right, cover no mode, and are left out of the per-class means and covariances.
 * A class with fewer than two finite samples has NaN for what it cannot estimate, and then the
 * maxima over classes are NaN too.
 *
 * <p>Compare generated samples against the real data's own values with {@link
 * #comparisonTable(QualityMetrics, QualityMetrics, boolean)}:
 *
 * <pre>{@code
 * GaussianParams truth = GaussianParams.tenGaussians();
 * QualityMetrics real = QualityMetrics.of(LabelledPoints.tenGaussians(), truth);
 * QualityMetrics generated = QualityMetrics.compute(samples, askedLabels, truth);
 * System.out.println(QualityMetrics.comparisonTable(generated, real, true));
 * }</pre>
 *
 * @param samples the number of samples n
 * @param classes the number of classes K
 * @param nonFinite the number of samples with a NaN or infinite coordinate
 * @param modesCovered the number of modes covered, {@code 0..K}
 * @param withinThreeSd the share of samples within Mahalanobis distance 3 of their own class
 * @param bayesAccuracy the share of samples that the Bayes classifier assigns to their own class
 * @param perClass one entry per class, in class order
 */
public record QualityMetrics(
        int samples,
        int classes,
        int nonFinite,
        int modesCovered,
        double withinThreeSd,
        double bayesAccuracy,
        List<ClassStats> perClass) {

    /** The squared Mahalanobis distance below which a sample is "within 3 SD": {@value}. */
    public static final double WITHIN_SQUARED = 9.0;

    /**
     * The measures of the samples asked for one class.
     *
     * @param label the class
     * @param count the number of samples asked for the class (finite or not)
     * @param meanX1 the sample mean's first coordinate (NaN without finite samples)
     * @param meanX2 the sample mean's second coordinate
     * @param cov11 the sample covariance's entry (1,1), divisor {@code n − 1} (NaN below 2 samples)
     * @param cov12 the sample covariance's entry (1,2)
     * @param cov22 the sample covariance's entry (2,2)
     * @param withinThreeSd the share of the class's samples within Mahalanobis distance 3 of the
     *     class's Gaussian (NaN without samples)
     * @param bayesAccuracy the share of the class's samples that the Bayes classifier assigns to
     *     the class (NaN without samples)
     * @param modeCovered whether the class's mode is covered (by any sample, see {@link
     *     QualityMetrics})
     * @param meanError the Euclidean distance of the sample mean to the true mean
     * @param covError the Frobenius norm of sample covariance minus true covariance
     * @param covRelativeError {@code covError} divided by the true covariance's Frobenius norm
     */
    public record ClassStats(
            int label,
            int count,
            double meanX1,
            double meanX2,
            double cov11,
            double cov12,
            double cov22,
            double withinThreeSd,
            double bayesAccuracy,
            boolean modeCovered,
            double meanError,
            double covError,
            double covRelativeError) {}

    /**
     * Checks the counts and copies the list.
     *
     * @param samples the number of samples n
     * @param classes the number of classes K
     * @param nonFinite the number of samples with a NaN or infinite coordinate
     * @param modesCovered the number of modes covered, {@code 0..K}
     * @param withinThreeSd the share of samples within Mahalanobis distance 3 of their own class
     * @param bayesAccuracy the share of samples that the Bayes classifier assigns to their own class
     * @param perClass one entry per class, in class order
     * @throws IllegalArgumentException if {@code perClass} does not have {@code classes} entries
     */
    public QualityMetrics {
        perClass = List.copyOf(perClass);
        if (perClass.size() != classes) {
            throw new IllegalArgumentException("perClass must have one entry per class (" + classes
                    + "), was " + perClass.size());
        }
    }

    /**
     * Measures samples against the true Gaussians.
     *
     * @param samples {@code n×2} points, {@code n >= 1}
     * @param labels {@code n} classes the points were asked for (or belong to), each in
     *     {@code 0..K-1}
     * @param truth the true Gaussians, K of them
     * @return the measures
     * @throws IllegalArgumentException if there are no samples, the lengths differ, a row does not
     *     have 2 entries or a label is out of range (the message names the index)
     */
    public static QualityMetrics compute(float[][] samples, int[] labels, GaussianParams truth) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(truth, "truth");
        int n = samples.length;
        int k = truth.classes();
        if (n == 0) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        if (labels.length != n) {
            throw new IllegalArgumentException("labels must have one entry per sample (" + n
                    + "), was " + labels.length);
        }
        int nonFinite = 0;
        int within = 0;
        int bayes = 0;
        boolean[] covered = new boolean[k];
        int[] count = new int[k];
        int[] finiteCount = new int[k];
        int[] withinOf = new int[k];
        int[] bayesOf = new int[k];
        double[] sum1 = new double[k];
        double[] sum2 = new double[k];
        for (int i = 0; i < n; i++) {
            float[] p = samples[i];
            if (p == null || p.length != 2) {
                throw new IllegalArgumentException("samples[" + i + "] must have 2 entries, was "
                        + (p == null ? "null" : p.length));
            }
            int label = labels[i];
            if (label < 0 || label >= k) {
                throw new IllegalArgumentException(
                        "labels[" + i + "] must be in 0.." + (k - 1) + ", was " + label);
            }
            count[label]++;
            double x1 = p[0];
            double x2 = p[1];
            if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
                nonFinite++;
                continue;
            }
            finiteCount[label]++;
            sum1[label] += x1;
            sum2[label] += x2;
            int nearest = truth.nearestClass(x1, x2);
            if (truth.squaredMahalanobis(x1, x2, nearest) < WITHIN_SQUARED) {
                covered[nearest] = true;
            }
            if (truth.squaredMahalanobis(x1, x2, label) < WITHIN_SQUARED) {
                within++;
                withinOf[label]++;
            }
            if (truth.bayesClass(x1, x2) == label) {
                bayes++;
                bayesOf[label]++;
            }
        }
        double[] mean1 = new double[k];
        double[] mean2 = new double[k];
        for (int c = 0; c < k; c++) {
            mean1[c] = finiteCount[c] == 0 ? Double.NaN : sum1[c] / finiteCount[c];
            mean2[c] = finiteCount[c] == 0 ? Double.NaN : sum2[c] / finiteCount[c];
        }
        // Second pass for the covariances: deviations from the mean, which is exact enough in double.
        double[] s11 = new double[k];
        double[] s12 = new double[k];
        double[] s22 = new double[k];
        for (int i = 0; i < n; i++) {
            double x1 = samples[i][0];
            double x2 = samples[i][1];
            if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
                continue;
            }
            int c = labels[i];
            double d1 = x1 - mean1[c];
            double d2 = x2 - mean2[c];
            s11[c] += d1 * d1;
            s12[c] += d1 * d2;
            s22[c] += d2 * d2;
        }
        int modes = 0;
        List<ClassStats> perClass = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            if (covered[c]) {
                modes++;
            }
            double divisor = finiteCount[c] - 1.0;
            double c11 = finiteCount[c] < 2 ? Double.NaN : s11[c] / divisor;
            double c12 = finiteCount[c] < 2 ? Double.NaN : s12[c] / divisor;
            double c22 = finiteCount[c] < 2 ? Double.NaN : s22[c] / divisor;
            double[] mean = truth.mean(c);
            double[][] cov = truth.covariance(c);
            double meanError = Math.hypot(mean1[c] - mean[0], mean2[c] - mean[1]);
            double covError = frobenius(c11 - cov[0][0], c12 - cov[0][1], c22 - cov[1][1]);
            double covNorm = frobenius(cov[0][0], cov[0][1], cov[1][1]);
            perClass.add(new ClassStats(c, count[c], mean1[c], mean2[c], c11, c12, c22,
                    share(withinOf[c], count[c]), share(bayesOf[c], count[c]), covered[c], meanError,
                    covError, covError / covNorm));
        }
        return new QualityMetrics(n, k, nonFinite, modes, share(within, n), share(bayes, n),
                perClass);
    }

    /**
     * Measures labelled points, for example the real data set, against the true Gaussians.
     *
     * @param points the points with their classes
     * @param truth the true Gaussians
     * @return the measures
     * @throws IllegalArgumentException as for {@link #compute(float[][], int[], GaussianParams)}
     */
    public static QualityMetrics of(LabelledPoints points, GaussianParams truth) {
        return compute(points.points(), points.labels(), truth);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** Frobenius norm of a symmetric 2×2 matrix given by its entries (1,1), (1,2), (2,2). */
    private static double frobenius(double a11, double a12, double a22) {
        return Math.sqrt(a11 * a11 + 2 * a12 * a12 + a22 * a22);
    }

    /**
     * Returns the largest per-class mean error (NaN if a class has no finite samples).
     *
     * @return max over classes of {@link ClassStats#meanError()}
     */
    public double maxMeanError() {
        return max(ClassStats::meanError);
    }

    /**
     * Returns the largest per-class covariance error (NaN if a class has fewer than 2 finite
     * samples).
     *
     * @return max over classes of {@link ClassStats#covError()}
     */
    public double maxCovError() {
        return max(ClassStats::covError);
    }

    /**
     * Returns the largest per-class relative covariance error (NaN if a class has fewer than 2 finite
     * samples).
     *
     * @return max over classes of {@link ClassStats#covRelativeError()}
     */
    public double maxCovRelativeError() {
        return max(ClassStats::covRelativeError);
    }

    private double max(ToDoubleFunction<ClassStats> value) {
        double max = Double.NEGATIVE_INFINITY;
        for (ClassStats stats : perClass) {
            max = Math.max(max, value.applyAsDouble(stats)); // NaN wins, as it should
        }
        return max;
    }

    // ---------------------------------------------------------------- text

    /**
     * Returns a plain-text table of these measures alone, with the per-class section.
     *
     * @return fixed-width lines, ending with a line break
     */
    public String toTable() {
        return table(List.of("value"), List.of(this), true);
    }

    /**
     * Returns a plain-text table comparing generated samples with the real data: a summary (modes
     * covered, within 3 SD, Bayes, the largest mean and covariance errors) in the columns
     * "generated" and "real data", then optionally one row per class with "generated / real"
     * values.
     *
     * @param generated the generated samples' measures
     * @param realData the real data's own measures (same number of classes)
     * @param perClass whether to add the per-class section
     * @return fixed-width lines, ending with a line break
     * @throws IllegalArgumentException if the numbers of classes differ
     */
    public static String comparisonTable(QualityMetrics generated, QualityMetrics realData,
            boolean perClass) {
        if (generated.classes() != realData.classes()) {
            throw new IllegalArgumentException("generated has " + generated.classes()
                    + " classes, realData " + realData.classes());
        }
        return table(List.of("generated", "real data"), List.of(generated, realData), perClass);
    }

    private static String table(List<String> headings, List<QualityMetrics> columns,
            boolean perClass) {
        QualityMetrics first = columns.get(0);
        List<String[]> rows = new ArrayList<>();
        String[] heading = new String[columns.size() + 1];
        heading[0] = "measure";
        for (int i = 0; i < headings.size(); i++) {
            heading[i + 1] = headings.get(i);
        }
        rows.add(heading);
        rows.add(row("samples", columns, m -> Integer.toString(m.samples())));
        rows.add(row("non-finite samples", columns, m -> Integer.toString(m.nonFinite())));
        rows.add(row("modes covered (of " + first.classes() + ")", columns,
                m -> Integer.toString(m.modesCovered())));
        rows.add(row("within 3 SD of own class", columns, m -> percent(m.withinThreeSd(), 2)));
        rows.add(row("Bayes picks own class", columns, m -> percent(m.bayesAccuracy(), 2)));
        rows.add(row("mean error (max over classes)", columns, m -> decimal(m.maxMeanError())));
        rows.add(row("cov error (max, Frobenius)", columns, m -> decimal(m.maxCovError())));
        rows.add(row("cov error (max rel.)", columns, m -> percent(m.maxCovRelativeError(), 1)));
        StringBuilder out = new StringBuilder();
        int labelWidth = 0;
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, row[0].length());
        }
        int[] widths = new int[headings.size()];
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                widths[i - 1] = Math.max(widths[i - 1], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder(pad(row[0], labelWidth, false));
            for (int i = 1; i < row.length; i++) {
                line.append("  ").append(pad(row[i], Math.max(widths[i - 1], 9), true));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("-".repeat(line.length())).append('\n');
            }
        }
        if (perClass) {
            out.append('\n').append(perClassTable(headings, columns));
        }
        return out.toString();
    }

    private static String[] row(String label, List<QualityMetrics> columns,
            Function<QualityMetrics, String> value) {
        String[] row = new String[columns.size() + 1];
        row[0] = label;
        for (int i = 0; i < columns.size(); i++) {
            row[i + 1] = value.apply(columns.get(i));
        }
        return row;
    }

    private static String perClassTable(List<String> headings, List<QualityMetrics> columns) {
        List<String> titles = List.of("class", "n", "within 3 SD", "Bayes", "mean error",
                "cov error (rel.)", "mode covered");
        List<Function<ClassStats, String>> values = List.of(
                s -> Integer.toString(s.count()),
                s -> percent(s.withinThreeSd(), 1),
                s -> percent(s.bayesAccuracy(), 1),
                s -> decimal(s.meanError()),
                s -> percent(s.covRelativeError(), 1),
                s -> s.modeCovered() ? "yes" : "no");
        int k = columns.get(0).classes();
        int m = columns.size();
        // cells[c][v][i]: class c, measure v, column i; each part is padded to its own width so that
        // "generated / real" values line up.
        String[][][] cells = new String[k][values.size()][m];
        int[][] partWidths = new int[values.size()][m];
        for (int c = 0; c < k; c++) {
            for (int v = 0; v < values.size(); v++) {
                for (int i = 0; i < m; i++) {
                    cells[c][v][i] = values.get(v).apply(columns.get(i).perClass().get(c));
                    partWidths[v][i] = Math.max(partWidths[v][i], cells[c][v][i].length());
                }
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(titles.toArray(new String[0]));
        for (int c = 0; c < k; c++) {
            String[] row = new String[titles.size()];
            row[0] = Integer.toString(c);
            for (int v = 0; v < values.size(); v++) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < m; i++) {
                    parts.add(pad(cells[c][v][i], partWidths[v][i], true));
                }
                row[v + 1] = String.join(" / ", parts);
            }
            rows.add(row);
        }
        int[] widths = new int[titles.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("per class");
        if (m > 1) {
            out.append(" (").append(String.join(" / ", headings)).append(')');
        }
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                line.append(pad(row[i], widths[i], true));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("-".repeat(line.length())).append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static String percent(double share, int decimals) {
        return Double.isNaN(share) ? "n/a"
                : String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * share);
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    // ---------------------------------------------------------------- JSON

    /**
     * Returns these measures as a JSON tree: the summary numbers, the maxima over classes and a
     * {@code perClass} array with each class's mean, covariance, shares and errors. Shares are
     * fractions (0.9885, not 98.85). NaN (a class without samples) becomes {@code null}, as JSON has
     * no NaN.
     *
     * @return a new tree
     */
    public ObjectNode toJsonTree() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("samples", samples);
        root.put("classes", classes);
        root.put("nonFinite", nonFinite);
        root.put("modesCovered", modesCovered);
        putNumber(root, "withinThreeSd", withinThreeSd);
        putNumber(root, "bayesAccuracy", bayesAccuracy);
        putNumber(root, "maxMeanError", maxMeanError());
        putNumber(root, "maxCovError", maxCovError());
        putNumber(root, "maxCovRelativeError", maxCovRelativeError());
        ArrayNode classesNode = root.putArray("perClass");
        for (ClassStats s : perClass) {
            ObjectNode c = classesNode.addObject();
            c.put("label", s.label());
            c.put("count", s.count());
            ArrayNode mean = c.putArray("mean");
            addNumber(mean, s.meanX1());
            addNumber(mean, s.meanX2());
            ArrayNode cov = c.putArray("covariance");
            ArrayNode row1 = cov.addArray();
            addNumber(row1, s.cov11());
            addNumber(row1, s.cov12());
            ArrayNode row2 = cov.addArray();
            addNumber(row2, s.cov12());
            addNumber(row2, s.cov22());
            putNumber(c, "withinThreeSd", s.withinThreeSd());
            putNumber(c, "bayesAccuracy", s.bayesAccuracy());
            c.put("modeCovered", s.modeCovered());
            putNumber(c, "meanError", s.meanError());
            putNumber(c, "covError", s.covError());
            putNumber(c, "covRelativeError", s.covRelativeError());
        }
        return root;
    }

    /**
     * Returns {@code {"generated": ..., "realData": ...}}, each as {@link #toJsonTree()}.
     *
     * @param generated the generated samples' measures
     * @param realData the real data's own measures
     * @return a new tree
     */
    public static ObjectNode comparisonJsonTree(QualityMetrics generated, QualityMetrics realData) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("generated", generated.toJsonTree());
        root.set("realData", realData.toJsonTree());
        return root;
    }

    /**
     * Writes {@link #toJsonTree()} to a file (UTF-8, indented), creating missing parent folders.
     *
     * @param file the file, overwritten if it exists
     * @throws IOException if writing fails
     */
    public void writeJson(Path file) throws IOException {
        write(file, toJsonTree());
    }

    /**
     * Writes {@link #comparisonJsonTree(QualityMetrics, QualityMetrics)} to a file (UTF-8,
     * indented), creating missing parent folders.
     *
     * @param file the file, overwritten if it exists
     * @param generated the generated samples' measures
     * @param realData the real data's own measures
     * @throws IOException if writing fails
     */
    public static void writeComparisonJson(Path file, QualityMetrics generated,
            QualityMetrics realData) throws IOException {
        write(file, comparisonJsonTree(generated, realData));
    }

    private static void write(Path file, ObjectNode tree) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(file, mapper.writeValueAsString(tree) + "\n");
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private static void addNumber(ArrayNode node, double value) {
        if (Double.isFinite(value)) {
            node.add(value);
        } else {
            node.addNull();
        }
    }
}

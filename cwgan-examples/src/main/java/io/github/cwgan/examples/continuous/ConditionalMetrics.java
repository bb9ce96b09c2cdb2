package io.github.cwgan.examples.continuous;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well generated samples match the {@link DriftingGaussian} at given values of c: per c, the
 * distance of the sample mean to the true mean relative to the true mean's overall spread, and the
 * sample standard deviations along the true principal axes relative to the true ones.
 *
 * <p>Acceptance (issue 6): at every c of the grid, mean error &le; 10 % of the spread and each
 * standard deviation within 25 % of the true one.
 *
 * @param spread   the true mean's overall spread ({@link DriftingGaussian#meanSpread()})
 * @param perValue one entry per c, in grid order
 */
public record ConditionalMetrics(double spread, List<AtValue> perValue) {

    /** The largest mean error accepted, as a share of the spread: {@value}. */
    public static final double MAX_MEAN_ERROR = 0.10;
    /** The largest relative error of a standard deviation accepted: {@value}. */
    public static final double MAX_SD_ERROR = 0.25;

    /**
     * The measures at one c.
     *
     * @param c           the condition
     * @param samples     the number of samples
     * @param meanX1      the sample mean, first coordinate
     * @param meanX2      the sample mean, second coordinate
     * @param meanError   the distance of the sample mean to the true mean divided by the spread
     * @param sdMajor     the sample sd along the true major axis
     * @param sdMinor     the sample sd along the true minor axis
     * @param trueSdMajor the true sd along the major axis
     * @param trueSdMinor the true sd along the minor axis
     */
    public record AtValue(double c, int samples, double meanX1, double meanX2, double meanError, double sdMajor,
                          double sdMinor, double trueSdMajor, double trueSdMinor) {

        /** |sdMajor / trueSdMajor − 1|. */
        public double sdMajorError() {
            return Math.abs(sdMajor / trueSdMajor - 1);
        }

        /** |sdMinor / trueSdMinor − 1|. */
        public double sdMinorError() {
            return Math.abs(sdMinor / trueSdMinor - 1);
        }

        /** Whether this c meets the acceptance bounds. */
        public boolean passes() {
            return meanError <= MAX_MEAN_ERROR && sdMajorError() <= MAX_SD_ERROR && sdMinorError() <= MAX_SD_ERROR;
        }
    }

    /** A grid of {@code n} values inside [0, 1]: (j + 0.5) / n. */
    public static double[] grid(int n) {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            g[j] = (j + 0.5) / n;
        }
        return g;
    }

    /** Measures the samples {@code samples.get(j)} drawn at {@code cs[j]}. */
    public static ConditionalMetrics compute(double[] cs, List<float[][]> samples) {
        double spread = DriftingGaussian.meanSpread();
        List<AtValue> out = new ArrayList<>();
        for (int j = 0; j < cs.length; j++) {
            out.add(measure(cs[j], samples.get(j), spread));
        }
        return new ConditionalMetrics(spread, out);
    }

    static AtValue measure(double c, float[][] xs, double spread) {
        double[] m = new double[2];
        for (float[] x : xs) {
            m[0] += x[0];
            m[1] += x[1];
        }
        m[0] /= xs.length;
        m[1] /= xs.length;
        double[][] u = DriftingGaussian.axes(c);
        double[] var = new double[2];
        for (float[] x : xs) {
            for (int k = 0; k < 2; k++) {
                double p = (x[0] - m[0]) * u[k][0] + (x[1] - m[1]) * u[k][1];
                var[k] += p * p;
            }
        }
        double[] truth = DriftingGaussian.mean(c);
        double[] sd = DriftingGaussian.principalSd(c);
        return new AtValue(c, xs.length, m[0], m[1], Math.hypot(m[0] - truth[0], m[1] - truth[1]) / spread,
                Math.sqrt(var[0] / (xs.length - 1)), Math.sqrt(var[1] / (xs.length - 1)), sd[0], sd[1]);
    }

    /** Whether every c meets the acceptance bounds. */
    public boolean passes() {
        return perValue.stream().allMatch(AtValue::passes);
    }

    /** The largest mean error over the grid, as a share of the spread. */
    public double maxMeanError() {
        return perValue.stream().mapToDouble(AtValue::meanError).max().orElse(Double.NaN);
    }

    /** The largest relative sd error over the grid and both axes. */
    public double maxSdError() {
        return perValue.stream().mapToDouble(a -> Math.max(a.sdMajorError(), a.sdMinorError())).max()
                .orElse(Double.NaN);
    }

    /** A plain-text table, one line per c, and a summary line. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "true mean's overall spread: %.4f%n", spread));
        b.append(String.format(Locale.ROOT, "%6s %9s %9s %11s %9s %9s %9s %9s %5s%n", "c", "mean x1", "mean x2",
                "mean err", "sd major", "(true)", "sd minor", "(true)", "ok"));
        for (AtValue a : perValue) {
            b.append(String.format(Locale.ROOT, "%6.3f %9.3f %9.3f %10.1f%% %9.3f %9.3f %9.3f %9.3f %5s%n", a.c(),
                    a.meanX1(), a.meanX2(), 100 * a.meanError(), a.sdMajor(), a.trueSdMajor(), a.sdMinor(),
                    a.trueSdMinor(), a.passes() ? "yes" : "NO"));
        }
        b.append(String.format(Locale.ROOT, "max mean error %.1f%% of the spread (bound %.0f%%); max sd error %.1f%% "
                        + "(bound %.0f%%); %d of %d values of c pass%n", 100 * maxMeanError(), 100 * MAX_MEAN_ERROR,
                100 * maxSdError(), 100 * MAX_SD_ERROR, perValue.stream().filter(AtValue::passes).count(),
                perValue.size()));
        return b.toString();
    }

    /** Writes the metrics as JSON. */
    public void writeJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("spread", spread);
        root.put("maxMeanError", maxMeanError());
        root.put("maxSdError", maxSdError());
        root.put("boundMeanError", MAX_MEAN_ERROR);
        root.put("boundSdError", MAX_SD_ERROR);
        root.put("passes", passes());
        ArrayNode list = root.putArray("perValue");
        for (AtValue a : perValue) {
            ObjectNode o = list.addObject();
            o.put("c", a.c());
            o.put("samples", a.samples());
            o.put("meanX1", a.meanX1());
            o.put("meanX2", a.meanX2());
            double[] t = DriftingGaussian.mean(a.c());
            o.put("trueMeanX1", t[0]);
            o.put("trueMeanX2", t[1]);
            o.put("meanError", a.meanError());
            o.put("sdMajor", a.sdMajor());
            o.put("trueSdMajor", a.trueSdMajor());
            o.put("sdMinor", a.sdMinor());
            o.put("trueSdMinor", a.trueSdMinor());
            o.put("passes", a.passes());
        }
        mapper.writeValue(file.toFile(), root);
    }
}

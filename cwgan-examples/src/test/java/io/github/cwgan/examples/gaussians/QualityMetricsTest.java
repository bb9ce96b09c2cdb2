package io.github.cwgan.examples.gaussians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityMetricsTest {

    /** Two identity-covariance Gaussians at (0, 0) and (10, 0). */
    private static final GaussianParams TWO_UNIT = GaussianParams.of(
            new double[][] {{0, 0}, {10, 0}},
            new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}});

    private static GaussianParams truth;
    private static LabelledPoints real;
    private static QualityMetrics realMetrics;

    @BeforeAll
    static void readRealData() {
        truth = GaussianParams.tenGaussians();
        real = LabelledPoints.tenGaussians();
        realMetrics = QualityMetrics.of(real, truth);
    }

    /**
     * Class 0 asked for (1,0) [m²=1], (0,4) [m²=16], (9,0) [m²=81, but 1 to class 1]; class 1 asked
     * for (10,2) [m²=4] and (10,3) [m²=9 exactly: not within, the test is strict].
     */
    private static QualityMetrics handMade() {
        float[][] samples = {{1, 0}, {0, 4}, {9, 0}, {10, 2}, {10, 3}};
        int[] labels = {0, 0, 0, 1, 1};
        return QualityMetrics.compute(samples, labels, TWO_UNIT);
    }

    @Test
    void withinThreeSd_handMade_countsStrictlyBelowNine() {
        // Within: (1,0) and (10,2); (10,3) lies exactly at distance 3 and does not count.
        assertThat(handMade().withinThreeSd()).isEqualTo(2.0 / 5.0);
        assertThat(handMade().perClass().get(0).withinThreeSd()).isEqualTo(1.0 / 3.0);
        assertThat(handMade().perClass().get(1).withinThreeSd()).isEqualTo(1.0 / 2.0);
    }

    @Test
    void bayesAccuracy_handMade_missesOnlyThePointAtTheOtherMean() {
        // (9,0) was asked for class 0 but lies next to class 1.
        assertThat(handMade().bayesAccuracy()).isEqualTo(4.0 / 5.0);
        assertThat(handMade().perClass().get(0).bayesAccuracy()).isEqualTo(2.0 / 3.0);
        assertThat(handMade().perClass().get(1).bayesAccuracy()).isEqualTo(1.0);
    }

    @Test
    void modesCovered_handMade_bothModes() {
        assertThat(handMade().modesCovered()).isEqualTo(2);
        assertThat(handMade().perClass()).allMatch(QualityMetrics.ClassStats::modeCovered);
    }

    @Test
    void modesCovered_pointsFarFromAMode_doNotCoverIt() {
        float[][] samples = {{0, 1}, {0, -2}, {5, 0}};
        int[] labels = {0, 1, 1};

        QualityMetrics m = QualityMetrics.compute(samples, labels, TWO_UNIT);

        // (5,0) is at distance 5 of both: no mode. Class 1 is not covered.
        assertThat(m.modesCovered()).isEqualTo(1);
        assertThat(m.perClass().get(1).modeCovered()).isFalse();
        assertThat(m.withinThreeSd()).isEqualTo(1.0 / 3.0);
    }

    @Test
    void modesCovered_pointNearerAnotherClass_countsOnlyTheNearest() {
        // Means (0,0) and (1,0), identity covariances. (0,0) asked for class 1 is within distance 3 of
        // Gaussian 1 (m² = 1) but nearest to Gaussian 0, so it covers mode 0 only.
        GaussianParams close = GaussianParams.of(new double[][] {{0, 0}, {1, 0}},
                new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}});

        QualityMetrics m = QualityMetrics.compute(new float[][] {{0, 0}}, new int[] {1}, close);

        assertThat(m.modesCovered()).isEqualTo(1);
        assertThat(m.perClass().get(0).modeCovered()).isTrue();
        assertThat(m.perClass().get(1).modeCovered()).isFalse();
        assertThat(m.withinThreeSd()).isEqualTo(1.0);
        assertThat(m.bayesAccuracy()).isEqualTo(0.0);
    }

    @Test
    void bayesAccuracy_widerGaussian_paysItsLogDeterminant() {
        // Class 0: N((0,0), I); class 1: N((3,0), 4I). At (1.5, 0) class 1 is nearer in Mahalanobis
        // distance (0.5625 against 2.25), but −½·2.25 = −1.125 beats −½·0.5625 − ½·ln 16 = −1.667.
        GaussianParams p = GaussianParams.of(new double[][] {{0, 0}, {3, 0}},
                new double[][][] {{{1, 0}, {0, 1}}, {{4, 0}, {0, 4}}});

        QualityMetrics asked0 = QualityMetrics.compute(new float[][] {{1.5f, 0}}, new int[] {0}, p);
        QualityMetrics asked1 = QualityMetrics.compute(new float[][] {{1.5f, 0}}, new int[] {1}, p);

        assertThat(asked0.bayesAccuracy()).isEqualTo(1.0);
        assertThat(asked1.bayesAccuracy()).isEqualTo(0.0);
    }

    @Test
    void perClass_handMade_meanAndCovarianceByHand() {
        QualityMetrics.ClassStats c0 = handMade().perClass().get(0);
        // Points (1,0), (0,4), (9,0): mean (10/3, 4/3); deviations x (−7, −10, 17)/3, y (−4, 8, −4)/3.
        // Covariance with divisor n − 1 = 2: (49+100+289)/18, (28−80−68)/18, (16+64+16)/18.
        double c11 = 438.0 / 18;
        double c12 = -120.0 / 18;
        double c22 = 96.0 / 18;

        assertThat(c0.count()).isEqualTo(3);
        assertThat(c0.meanX1()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(c0.meanX2()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(c0.cov11()).isCloseTo(c11, within(1e-12));
        assertThat(c0.cov12()).isCloseTo(c12, within(1e-12));
        assertThat(c0.cov22()).isCloseTo(c22, within(1e-12));
        assertThat(c0.meanError()).isCloseTo(Math.sqrt(116) / 3, within(1e-12));
        double covError = Math.sqrt((c11 - 1) * (c11 - 1) + 2 * c12 * c12 + (c22 - 1) * (c22 - 1));
        assertThat(c0.covError()).isCloseTo(covError, within(1e-12));
        assertThat(c0.covRelativeError()).isCloseTo(covError / Math.sqrt(2), within(1e-12));
    }

    @Test
    void perClass_classWithoutSamples_isNaNAndMaximaAreNaN() {
        QualityMetrics m = QualityMetrics.compute(new float[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                TWO_UNIT);

        QualityMetrics.ClassStats c1 = m.perClass().get(1);
        assertThat(c1.count()).isZero();
        assertThat(c1.meanX1()).isNaN();
        assertThat(c1.cov11()).isNaN();
        assertThat(c1.withinThreeSd()).isNaN();
        assertThat(m.maxMeanError()).isNaN();
        assertThat(m.maxCovRelativeError()).isNaN();
        assertThat(m.toJsonTree().get("perClass").get(1).get("mean").get(0).isNull()).isTrue();
        assertThat(m.toJsonTree().get("maxMeanError").isNull()).isTrue();
        assertThat(m.toTable()).contains("n/a");
    }

    @Test
    void nonFiniteSamples_countAsMissesAndStayOutOfTheMoments() {
        float[][] samples = {{1, 0}, {Float.NaN, 0}, {-1, 0}, {0, Float.POSITIVE_INFINITY}};
        int[] labels = {0, 0, 0, 1};

        QualityMetrics m = QualityMetrics.compute(samples, labels, TWO_UNIT);

        assertThat(m.nonFinite()).isEqualTo(2);
        assertThat(m.withinThreeSd()).isEqualTo(0.5);
        assertThat(m.bayesAccuracy()).isEqualTo(0.5);
        assertThat(m.perClass().get(0).count()).isEqualTo(3);
        assertThat(m.perClass().get(0).meanX1()).isEqualTo(0.0);
        assertThat(m.perClass().get(0).cov11()).isEqualTo(2.0);
    }

    @Test
    void compute_labelOutOfRange_namesTheIndex() {
        assertThatThrownBy(() -> QualityMetrics.compute(new float[][] {{0, 0}, {0, 0}},
                new int[] {0, 2}, TWO_UNIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels[1] must be in 0..1, was 2");
    }

    @Test
    void compute_lengthsDiffer_isRejected() {
        assertThatThrownBy(() -> QualityMetrics.compute(new float[2][2], new int[3], TWO_UNIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels must have one entry per sample (2), was 3");
    }

    @Test
    void compute_noSamples_isRejected() {
        assertThatThrownBy(() -> QualityMetrics.compute(new float[0][], new int[0], TWO_UNIT))
                .hasMessageContaining("samples must not be empty");
    }

    // ---------------------------------------------------------------- the real data

    @Test
    void withinThreeSd_realData_matchesReference() {
        assertThat(realMetrics.withinThreeSd()).isCloseTo(0.9885, within(0.0005));
    }

    @Test
    void bayesAccuracy_realData_matchesReference() {
        assertThat(realMetrics.bayesAccuracy()).isCloseTo(0.968, within(0.0005));
    }

    @Test
    void modesCovered_realData_allTen() {
        assertThat(realMetrics.modesCovered()).isEqualTo(10);
        assertThat(realMetrics.nonFinite()).isZero();
        assertThat(realMetrics.samples()).isEqualTo(10_000);
    }

    @Test
    void perClass_realData_equalsIndependentOnePassComputation() throws IOException {
        // Independent: read the CSV without LabelledPoints, accumulate raw sums and products in one
        // pass (float coordinates, as the metrics see them), and use cov = (Σxy − n x̄ ȳ) / (n − 1).
        double[] n = new double[10];
        double[] sx = new double[10];
        double[] sy = new double[10];
        double[] sxx = new double[10];
        double[] sxy = new double[10];
        double[] syy = new double[10];
        try (InputStream in = getClass().getResourceAsStream(LabelledPoints.TEN_GAUSSIANS_RESOURCE);
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                double x = Float.parseFloat(f[0]);
                double y = Float.parseFloat(f[1]);
                int k = Integer.parseInt(f[2].trim());
                n[k]++;
                sx[k] += x;
                sy[k] += y;
                sxx[k] += x * x;
                sxy[k] += x * y;
                syy[k] += y * y;
            }
        }
        for (int k = 0; k < 10; k++) {
            double mx = sx[k] / n[k];
            double my = sy[k] / n[k];
            double c11 = (sxx[k] - n[k] * mx * mx) / (n[k] - 1);
            double c12 = (sxy[k] - n[k] * mx * my) / (n[k] - 1);
            double c22 = (syy[k] - n[k] * my * my) / (n[k] - 1);
            double[] mean = truth.mean(k);
            double[][] cov = truth.covariance(k);
            double meanError = Math.sqrt((mx - mean[0]) * (mx - mean[0]) + (my - mean[1]) * (my - mean[1]));
            double d11 = c11 - cov[0][0];
            double d12 = c12 - cov[0][1];
            double d22 = c22 - cov[1][1];
            double covError = Math.sqrt(d11 * d11 + d12 * d12 + d12 * d12 + d22 * d22);
            double covNorm = Math.sqrt(cov[0][0] * cov[0][0] + 2 * cov[0][1] * cov[0][1]
                    + cov[1][1] * cov[1][1]);

            QualityMetrics.ClassStats s = realMetrics.perClass().get(k);
            assertThat(s.label()).isEqualTo(k);
            assertThat(s.count()).isEqualTo(1000);
            assertThat(s.meanX1()).as("class %d", k).isCloseTo(mx, within(1e-9));
            assertThat(s.meanX2()).as("class %d", k).isCloseTo(my, within(1e-9));
            assertThat(s.cov11()).as("class %d", k).isCloseTo(c11, within(1e-9));
            assertThat(s.cov12()).as("class %d", k).isCloseTo(c12, within(1e-9));
            assertThat(s.cov22()).as("class %d", k).isCloseTo(c22, within(1e-9));
            assertThat(s.meanError()).as("class %d", k).isCloseTo(meanError, within(1e-9));
            assertThat(s.covError()).as("class %d", k).isCloseTo(covError, within(1e-9));
            assertThat(s.covRelativeError()).as("class %d", k)
                    .isCloseTo(covError / covNorm, within(1e-9));
        }
    }

    @Test
    void perClass_realData_errorsSmallButNotZero() {
        for (QualityMetrics.ClassStats s : realMetrics.perClass()) {
            // 1000 samples: the mean's standard error is about sqrt(0.2 / 1000) ≈ 0.014.
            assertThat(s.meanError()).as("class %d", s.label()).isStrictlyBetween(0.0, 0.05);
            assertThat(s.covRelativeError()).as("class %d", s.label()).isStrictlyBetween(0.0, 0.15);
        }
        assertThat(realMetrics.maxMeanError()).isStrictlyBetween(0.0, 0.05);
        assertThat(realMetrics.maxCovRelativeError()).isStrictlyBetween(0.0, 0.15);
    }

    // ---------------------------------------------------------------- output

    @Test
    void comparisonTable_realAgainstItself_showsReferenceNumbers() {
        String table = QualityMetrics.comparisonTable(realMetrics, realMetrics, true);

        assertThat(table).contains("generated", "real data", "per class (generated / real data)");
        assertThat(lineStartingWith(table, "modes covered (of 10)")).matches(".*\\s10\\s+10");
        assertThat(lineStartingWith(table, "within 3 SD of own class"))
                .endsWith("98.85 %    98.85 %");
        assertThat(lineStartingWith(table, "Bayes picks own class")).endsWith("96.80 %    96.80 %");
        assertThat(lineStartingWith(table, "mean error (max over classes)")).isNotNull();
        assertThat(lineStartingWith(table, "cov error (max rel.)")).isNotNull();
        assertThat(table.lines().filter(l -> l.matches("\\s*\\d+\\s+1000 / 1000.*"))).hasSize(10);
    }

    @Test
    void comparisonTable_summaryColumns_lineUp() {
        String table = QualityMetrics.comparisonTable(handMade(), realMetricsOfTwo(), false);

        List<Integer> lengths = new ArrayList<>();
        table.lines().filter(l -> !l.isBlank() && !l.startsWith("-")).forEach(l -> lengths.add(
                l.length()));
        assertThat(lengths).containsOnly(lengths.get(0));
        assertThat(table).doesNotContain("per class");
    }

    @Test
    void comparisonTable_differentClassCounts_isRejected() {
        assertThatThrownBy(() -> QualityMetrics.comparisonTable(handMade(), realMetrics, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generated has 2 classes, realData 10");
    }

    @Test
    void writeJson_realData_roundTripsTheNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/metrics.json");

        QualityMetrics.writeComparisonJson(file, handMade(), realMetricsOfTwo());
        realMetrics.writeJson(dir.resolve("real.json"));

        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        assertThat(tree.get("generated").get("withinThreeSd").asDouble()).isEqualTo(0.4);
        assertThat(tree.get("generated").get("bayesAccuracy").asDouble()).isEqualTo(0.8);
        assertThat(tree.get("generated").get("modesCovered").asInt()).isEqualTo(2);
        JsonNode c0 = tree.get("generated").get("perClass").get(0);
        assertThat(c0.get("mean").get(0).asDouble()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(c0.get("covariance").get(0).get(1).asDouble()).isCloseTo(-120.0 / 18,
                within(1e-12));
        assertThat(c0.get("modeCovered").asBoolean()).isTrue();
        JsonNode realTree = new ObjectMapper().readTree(dir.resolve("real.json").toFile());
        assertThat(realTree.get("withinThreeSd").asDouble()).isCloseTo(0.9885, within(0.0005));
        assertThat(realTree.get("perClass")).hasSize(10);
        assertThat(realTree.get("maxCovRelativeError").asDouble())
                .isEqualTo(realMetrics.maxCovRelativeError());
    }

    private static QualityMetrics realMetricsOfTwo() {
        return QualityMetrics.compute(new float[][] {{0, 0}, {0.5f, 0.5f}, {10, 0}, {10.5f, 0}},
                new int[] {0, 0, 1, 1}, TWO_UNIT);
    }

    private static String lineStartingWith(String table, String start) {
        return table.lines().filter(l -> l.startsWith(start)).findFirst().orElse(null);
    }
}

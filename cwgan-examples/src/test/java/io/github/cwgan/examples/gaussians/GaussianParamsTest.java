package io.github.cwgan.examples.gaussians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GaussianParamsTest {

    private static final String HEADER = "label,mean_x1,mean_x2,cov_11,cov_12,cov_22\n";

    private static GaussianParams parse(String csv) throws IOException {
        InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        return GaussianParams.read(in, "params.csv");
    }

    @Test
    void tenGaussians_resource_hasTheFileValues() {
        GaussianParams p = GaussianParams.tenGaussians();

        assertThat(p.classes()).isEqualTo(10);
        assertThat(p.mean(0)).containsExactly(2.0, 0.0);
        assertThat(p.mean(1)).containsExactly(1.61803399, 1.1755705);
        assertThat(p.covariance(9)[0]).containsExactly(0.0498242089, 0.00056228141);
        assertThat(p.covariance(9)[1]).containsExactly(0.00056228141, 0.00336006934);
    }

    @Test
    void tenGaussians_means_lieOnCircleOfRadiusTwo() {
        GaussianParams p = GaussianParams.tenGaussians();
        for (int k = 0; k < 10; k++) {
            double angle = 2 * Math.PI * k / 10;
            assertThat(p.mean(k)[0]).isCloseTo(2 * Math.cos(angle), within(1e-7));
            assertThat(p.mean(k)[1]).isCloseTo(2 * Math.sin(angle), within(1e-7));
        }
    }

    @Test
    void precision_timesCovariance_isIdentity() {
        GaussianParams p = GaussianParams.tenGaussians();
        for (int k = 0; k < p.classes(); k++) {
            double[][] c = p.covariance(k);
            double[][] q = p.precision(k);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double product = q[i][0] * c[0][j] + q[i][1] * c[1][j];
                    assertThat(product).as("class %d (%d,%d)", k, i, j)
                            .isCloseTo(i == j ? 1.0 : 0.0, within(1e-9));
                }
            }
        }
    }

    @Test
    void logDeterminant_diagonal_isSumOfLogs() throws IOException {
        GaussianParams p = parse(HEADER + "0,0,0,2,0,3\n");

        assertThat(p.logDeterminant(0)).isCloseTo(Math.log(6), within(1e-12));
    }

    @Test
    void squaredMahalanobis_byHand() throws IOException {
        // Σ = [[4, 0], [0, 1]] at (1, 1): the point (3, 3) is (2/2)² + (2/1)² = 1 + 4 = 5 away.
        // Σ = [[2, 1], [1, 2]]: Σ⁻¹ = [[2, −1], [−1, 2]] / 3; d = (1, 1) gives (2 − 2 + 2) / 3 = 2/3.
        GaussianParams p = parse(HEADER + "0,1,1,4,0,1\n1,0,0,2,1,2\n");

        assertThat(p.squaredMahalanobis(3, 3, 0)).isCloseTo(5.0, within(1e-12));
        assertThat(p.squaredMahalanobis(1, 1, 1)).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(p.squaredMahalanobis(1, 1, 0)).isZero();
    }

    @Test
    void nearestClass_andBayesClass_differWhenLogDeterminantsDiffer() throws IOException {
        // Class 0: N((0,0), I), log det 0. Class 1: N((3,0), 4I), log det ln 16.
        GaussianParams p = parse(HEADER + "0,0,0,1,0,1\n1,3,0,4,0,4\n");

        // At (1.5, 0): m² = 2.25 and 0.5625, so class 1 is nearer, but the Bayes scores are
        // −1.125 and −0.28125 − ½ ln 16 = −1.667: class 0.
        assertThat(p.nearestClass(1.5, 0)).isEqualTo(1);
        assertThat(p.bayesClass(1.5, 0)).isEqualTo(0);
        // At (2.5, 0): −3.125 against −0.03125 − 1.386: class 1.
        assertThat(p.bayesClass(2.5, 0)).isEqualTo(1);
        assertThat(p.bayesClass(Double.NaN, 0)).isEqualTo(-1);
    }

    @Test
    void read_rowsInAnyOrderWithExtraColumn_areSortedByLabel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "cov_22,label,note,mean_x1,mean_x2,cov_11,cov_12\n"
                + "1,1,b,5,6,1,0\n"
                + "2,0,a,1,2,3,0.5\n");

        GaussianParams p = GaussianParams.read(file);

        assertThat(p.classes()).isEqualTo(2);
        assertThat(p.mean(0)).containsExactly(1.0, 2.0);
        assertThat(p.covariance(0)[0]).containsExactly(3.0, 0.5);
        assertThat(p.covariance(0)[1]).containsExactly(0.5, 2.0);
        assertThat(p.mean(1)).containsExactly(5.0, 6.0);
    }

    @Test
    void read_missingColumn_namesLineAndColumn() {
        String csv = "label,mean_x1,mean_x2,cov_11,cov_22\n0,0,0,1,1\n";

        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("params.csv")
                .hasMessageContaining("line 1")
                .hasMessageContaining("'cov_12'")
                .hasMessageContaining("missing")
                .satisfies(e -> {
                    assertThat(((CsvFormatException) e).line()).isEqualTo(1);
                    assertThat(((CsvFormatException) e).column()).isEqualTo("cov_12");
                });
    }

    @Test
    void read_textInNumber_namesRowLineAndColumn() {
        String csv = HEADER + "0,0,0,1,0,1\n1,1,1,1,0,1\n2,2,2,1,0,abc\n";

        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("row 3 (line 4)")
                .hasMessageContaining("column 'cov_22'")
                .hasMessageContaining("'abc' is not a number")
                .satisfies(e -> {
                    assertThat(((CsvFormatException) e).line()).isEqualTo(4);
                    assertThat(((CsvFormatException) e).column()).isEqualTo("cov_22");
                });
    }

    @Test
    void read_shortRow_namesRowAndFirstMissingColumn() {
        String csv = HEADER + "0,0,0,1,0,1\n1,1,1,1\n";

        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("column 'cov_12'");
    }

    @Test
    void read_labelNotAnInteger_namesLabelColumn() {
        assertThatThrownBy(() -> parse(HEADER + "zero,0,0,1,0,1\n"))
                .hasMessageContaining("row 1 (line 2)")
                .hasMessageContaining("column 'label'")
                .hasMessageContaining("'zero' is not an integer");
    }

    @Test
    void read_labelOutOfRange_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "0,0,0,1,0,1\n2,0,0,1,0,1\n"))
                .hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("column 'label'")
                .hasMessageContaining("outside 0..1");
    }

    @Test
    void read_repeatedLabel_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "0,0,0,1,0,1\n0,0,0,1,0,1\n"))
                .hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("label 0 repeats row 1");
    }

    @Test
    void read_covarianceNotPositiveDefinite_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "0,0,0,1,2,1\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("row 1 (line 2)")
                .hasMessageContaining("not positive definite");
    }

    @Test
    void read_noDataRows_isRejected() {
        assertThatThrownBy(() -> parse(HEADER)).hasMessageContaining("no data rows");
    }

    @Test
    void read_emptyFile_isRejected() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("empty file");
    }

    @Test
    void of_asymmetricCovariance_isRejected() {
        assertThatThrownBy(() -> GaussianParams.of(new double[][] {{0, 0}},
                new double[][][] {{{1, 0.5}, {0.4, 1}}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covariances[0] must be symmetric");
    }

    @Test
    void of_equalsRead() throws IOException {
        GaussianParams built = GaussianParams.of(new double[][] {{1, 2}},
                new double[][][] {{{3, 0.5}, {0.5, 2}}});

        assertThat(built).isEqualTo(parse(HEADER + "0,1,2,3,0.5,2\n"));
        assertThat(built.hashCode()).isEqualTo(parse(HEADER + "0,1,2,3,0.5,2\n").hashCode());
    }

    @Test
    void mean_classOutOfRange_isRejected() {
        assertThatThrownBy(() -> GaussianParams.tenGaussians().mean(10))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("0..9, was 10");
    }
}

package io.github.cwgan.examples.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftingGaussianTest {

    @Test
    void covariance_isRotatedDiagonal_withTheStatedAxes() {
        double[][] at0 = DriftingGaussian.covariance(0);
        assertThat(at0[0][0]).isCloseTo(0.04, within(1e-12));
        assertThat(at0[1][1]).isCloseTo(0.0225, within(1e-12));
        assertThat(at0[0][1]).isCloseTo(0, within(1e-12));
        double[][] at1 = DriftingGaussian.covariance(1);
        assertThat(at1[1][1]).as("major axis vertical at c = 1").isCloseTo(0.36, within(1e-12));
        assertThat(at1[0][0]).isCloseTo(0.0225, within(1e-12));
        assertThat(DriftingGaussian.mean(0.5)).containsExactly(new double[] {0, 1}, within(1e-12));
    }

    @Test
    void meanSpread_isTheSdOfTheTrueMeanOverC() {
        // Var(3c − 1.5) = 0.75; Var(1.5 sin πc) = 2.25 (1/2 − 4/π²).
        double expected = Math.sqrt(0.75 + 2.25 * (0.5 - 4 / (Math.PI * Math.PI)));
        assertThat(DriftingGaussian.meanSpread()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void samples_nearOneC_haveTheTrueMeanAndAxes_soTheMetricsPass() {
        // Rows drawn at exactly the grid's c values: the true distribution meets the acceptance bounds.
        double[] grid = ConditionalMetrics.grid(4);
        List<float[][]> samples = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        for (double c : grid) {
            float[][] xs = new float[4000][];
            double[] m = DriftingGaussian.mean(c);
            double[][] u = DriftingGaussian.axes(c);
            double[] s = DriftingGaussian.principalSd(c);
            for (int i = 0; i < xs.length; i++) {
                double z1 = s[0] * r.nextGaussian();
                double z2 = s[1] * r.nextGaussian();
                xs[i] = new float[] {(float) (m[0] + z1 * u[0][0] + z2 * u[1][0]),
                        (float) (m[1] + z1 * u[0][1] + z2 * u[1][1])};
            }
            samples.add(xs);
        }
        ConditionalMetrics metrics = ConditionalMetrics.compute(grid, samples);
        assertThat(metrics.passes()).isTrue();
        assertThat(metrics.maxMeanError()).isLessThan(0.02);
        assertThat(metrics.maxSdError()).isLessThan(0.05);
        assertThat(metrics.toTable()).contains("4 of 4 values of c pass");
    }

    @Test
    void sample_isDeterministic_andCoversTheUnitInterval() {
        DriftingGaussian.Sample a = DriftingGaussian.sample(1000, 3);
        assertThat(a.points()).isDeepEqualTo(DriftingGaussian.sample(1000, 3).points());
        for (double c : a.conditions()) {
            assertThat(c).isBetween(0.0, 1.0);
        }
    }
}

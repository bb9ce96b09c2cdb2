package io.github.cwgan.examples.continuous;

import java.util.SplittableRandom;

/**
 * A 2-D Gaussian whose parameters drift smoothly with a scalar condition c in [0, 1]: the data of
 * the continuous example, with its true conditional mean and covariance.
 *
 * <ul>
 *   <li>mean μ(c) = (3c − 1.5, 1.5 sin(πc) − 0.5): along an arc from (−1.5, −0.5) to (1.5, −0.5);
 *   <li>spread: standard deviations {@code s1(c) = 0.2 + 0.4c} along the major axis and
 *       {@code s2(c) = 0.15} along the minor one;
 *   <li>orientation: the major axis at angle θ(c) = πc/2 from the x1 axis (horizontal at c = 0,
 *       vertical at c = 1);
 * </ul>
 *
 * <p>so that Σ(c) = R(θ) diag(s1², s2²) R(θ)ᵀ. A data row is (c, x) with c ~ U[0, 1] and
 * x = μ(c) + R(θ) (s1 z1, s2 z2), z ~ N(0, I).
 */
public final class DriftingGaussian {

    private DriftingGaussian() {
    }

    /** The true conditional mean μ(c). */
    public static double[] mean(double c) {
        return new double[] {3 * c - 1.5, 1.5 * Math.sin(Math.PI * c) - 0.5};
    }

    /** The standard deviations along the principal axes, major first: (s1(c), s2(c)). */
    public static double[] principalSd(double c) {
        return new double[] {0.2 + 0.4 * c, 0.15};
    }

    /** The angle of the major axis from the x1 axis, θ(c) = πc/2. */
    public static double angle(double c) {
        return Math.PI * c / 2;
    }

    /** The unit vectors of the principal axes, major first: {@code {{cos θ, sin θ}, {−sin θ, cos θ}}}. */
    public static double[][] axes(double c) {
        double t = angle(c);
        return new double[][] {{Math.cos(t), Math.sin(t)}, {-Math.sin(t), Math.cos(t)}};
    }

    /** The true conditional covariance Σ(c) = R(θ) diag(s1², s2²) R(θ)ᵀ. */
    public static double[][] covariance(double c) {
        double[][] u = axes(c);
        double[] s = principalSd(c);
        double[][] cov = new double[2][2];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    cov[i][j] += s[k] * s[k] * u[k][i] * u[k][j];
                }
            }
        }
        return cov;
    }

    /**
     * The overall spread of the true mean: sqrt of the total variance of μ(c) over c ~ U[0, 1]
     * (computed on a fine grid), about 0.98. The example's mean errors are measured against it.
     */
    public static double meanSpread() {
        int n = 100_000;
        double[] sum = new double[2];
        double[] squares = new double[2];
        for (int i = 0; i < n; i++) {
            double[] m = mean((i + 0.5) / n);
            for (int d = 0; d < 2; d++) {
                sum[d] += m[d];
                squares[d] += m[d] * m[d];
            }
        }
        double total = 0;
        for (int d = 0; d < 2; d++) {
            double mu = sum[d] / n;
            total += squares[d] / n - mu * mu;
        }
        return Math.sqrt(total);
    }

    /**
     * Draws {@code n} rows.
     *
     * @return the conditions {@code c[n]} and the points {@code x[n][2]}
     */
    public static Sample sample(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] cs = new double[n];
        float[][] xs = new float[n][];
        for (int i = 0; i < n; i++) {
            double c = r.nextDouble();
            double[] m = mean(c);
            double[][] u = axes(c);
            double[] s = principalSd(c);
            double z1 = s[0] * r.nextGaussian();
            double z2 = s[1] * r.nextGaussian();
            cs[i] = c;
            xs[i] = new float[] {(float) (m[0] + z1 * u[0][0] + z2 * u[1][0]),
                    (float) (m[1] + z1 * u[0][1] + z2 * u[1][1])};
        }
        return new Sample(cs, xs);
    }

    /**
     * Rows of the data.
     *
     * @param conditions c of each row
     * @param points     x of each row
     */
    public record Sample(double[] conditions, float[][] points) {
    }
}

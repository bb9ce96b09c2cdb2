package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Shared helpers for the finite-difference checks. */
final class GradCheck {
    /** Step of the five-point central difference (truncation error O(H^4), round-off ~1e-11·|L|). */
    static final double H = 1e-5;
    /** Largest accepted |a-n| / max(|a|, |n|, FLOOR). */
    static final double TOLERANCE = 1e-6;
    /** Below this magnitude the check becomes absolute (finite-difference round-off is ~1e-10). */
    /** Gradients above this count as non-zero in the returned count. */
    static final double NON_ZERO = 1e-6;
    static final double FLOOR = 1e-4;
    /** Pre-activations must stay this far from the kink at 0. */
    static final double KINK_MARGIN = 1e-3;

    private GradCheck() {}

    static double relativeError(double a, double n) {
        return Math.abs(a - n) / Math.max(Math.max(Math.abs(a), Math.abs(n)), FLOOR);
    }

    /**
     * Compares {@code analytic} (copied before) with central differences of {@code loss} over every
     * element of {@code params}; returns the number of elements whose gradient exceeds NON_ZERO.
     */
    static int assertMatchesFiniteDifferences(INDArray params, double[] analytic, DoubleSupplier loss) {
        assertThat(params.dataType()).isEqualTo(DataType.DOUBLE);
        int large = 0;
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < analytic.length; i++) {
            double p = params.getDouble(i);
            params.putScalar(i, p + 2 * H);
            double plus2 = loss.getAsDouble();
            params.putScalar(i, p + H);
            double plus = loss.getAsDouble();
            params.putScalar(i, p - H);
            double minus = loss.getAsDouble();
            params.putScalar(i, p - 2 * H);
            double minus2 = loss.getAsDouble();
            params.putScalar(i, p);
            double numeric = (8 * (plus - minus) - (plus2 - minus2)) / (12 * H);
            double err = relativeError(analytic[i], numeric);
            if (err > worst) {
                worst = err;
                worstAt = i;
            }
            assertThat(err)
                    .as("parameter %d: analytic %s vs numeric %s", i, analytic[i], numeric)
                    .isLessThan(TOLERANCE);
            if (Math.abs(analytic[i]) > NON_ZERO) {
                large++;
            }
        }
        assertThat(worstAt).isGreaterThanOrEqualTo(-1);
        return large;
    }

    /** Asserts no pre-activation of a kinked layer (ReLU, LeakyReLU, ELU) lies near 0. */
    static void assertAwayFromKinks(DenseStack stack, DenseStack.Tape tape, int rows) {
        for (int k = 0; k < stack.layerCount(); k++) {
            ActivationFunction.Kind kind = stack.activation(k).kind();
            if (kind != ActivationFunction.Kind.RELU && kind != ActivationFunction.Kind.LEAKY_RELU
                    && kind != ActivationFunction.Kind.ELU) {
                continue;
            }
            INDArray z = tape.preActivation(k);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < stack.width(k + 1); c++) {
                    assertThat(Math.abs(z.getDouble(r, c)))
                            .as("pre-activation layer %d row %d col %d", k, r, c)
                            .isGreaterThan(KINK_MARGIN);
                }
            }
        }
    }

    static double[] copy(INDArray a) {
        return a.toDoubleVector();
    }
}

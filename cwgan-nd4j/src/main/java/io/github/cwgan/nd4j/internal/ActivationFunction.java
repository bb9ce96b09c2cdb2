package io.github.cwgan.nd4j.internal;

import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An elementwise activation a(z) with its first and second derivatives, as needed by the forward,
 * backward and backward-of-backward passes of {@link DenseStack}.
 *
 * <p>Conventions at kinks (matching PyTorch's backward): ReLU'(0) = 0, LeakyReLU'(0) = alpha,
 * ELU'(0) = alpha. Second derivatives of ReLU, LeakyReLU and identity are zero ({@link
 * #hasSecondDerivative()} is false), so the penalty gradient has no a'' term for them. Softplus is
 * log(1 + e^z) computed stably, without PyTorch's linear threshold at z &gt; 20 (which differs by
 * under 3e-9).
 */
public final class ActivationFunction {

    /** The activation kinds; names match the public API's {@code Activation.Kind}. */
    public enum Kind {
        RELU, LEAKY_RELU, TANH, SIGMOID, ELU, SOFTPLUS, IDENTITY
    }

    private static final int ONE_BITS = Float.floatToRawIntBits(1f);

    private final Kind kind;
    private final double alpha;

    private ActivationFunction(Kind kind, double alpha) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite, was " + alpha);
        }
        this.alpha = alpha;
    }

    /** The activation of the given kind; {@code alpha} is used by LEAKY_RELU and ELU only. */
    public static ActivationFunction of(Kind kind, double alpha) {
        return new ActivationFunction(kind, alpha);
    }

    /**
     * The activation named {@code kindName} (an {@code Activation.Kind} name such as {@code
     * "LEAKY_RELU"}, case-insensitive); {@code alpha} is used by LEAKY_RELU and ELU only.
     */
    public static ActivationFunction of(String kindName, double alpha) {
        Objects.requireNonNull(kindName, "kindName");
        Kind k;
        try {
            k = Kind.valueOf(kindName.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown activation kind: " + kindName, e);
        }
        return new ActivationFunction(k, alpha);
    }

    /** max(0, z). */
    public static ActivationFunction relu() {
        return new ActivationFunction(Kind.RELU, 0);
    }

    /** z for z &gt; 0, alpha*z otherwise. */
    public static ActivationFunction leakyRelu(double alpha) {
        return new ActivationFunction(Kind.LEAKY_RELU, alpha);
    }

    /** tanh(z). */
    public static ActivationFunction tanh() {
        return new ActivationFunction(Kind.TANH, 0);
    }

    /** 1 / (1 + e^-z). */
    public static ActivationFunction sigmoid() {
        return new ActivationFunction(Kind.SIGMOID, 0);
    }

    /** z for z &gt; 0, alpha*(e^z - 1) otherwise. */
    public static ActivationFunction elu(double alpha) {
        return new ActivationFunction(Kind.ELU, alpha);
    }

    /** log(1 + e^z). */
    public static ActivationFunction softplus() {
        return new ActivationFunction(Kind.SOFTPLUS, 0);
    }

    /** z. */
    public static ActivationFunction identity() {
        return new ActivationFunction(Kind.IDENTITY, 0);
    }

    public Kind kind() {
        return kind;
    }

    public double alpha() {
        return alpha;
    }

    /** Whether a''(z) can be non-zero (false for RELU, LEAKY_RELU, IDENTITY). */
    public boolean hasSecondDerivative() {
        return kind == Kind.TANH || kind == Kind.SIGMOID || kind == Kind.ELU || kind == Kind.SOFTPLUS;
    }

    /** a(z). */
    public double value(double z) {
        switch (kind) {
            case RELU:
                return z > 0 ? z : 0;
            case LEAKY_RELU:
                return z > 0 ? z : alpha * z;
            case TANH:
                return Math.tanh(z);
            case SIGMOID:
                return sigmoid(z);
            case ELU:
                return z > 0 ? z : alpha * Math.expm1(z);
            case SOFTPLUS:
                return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            case IDENTITY:
                return z;
            default:
                throw new AssertionError(kind);
        }
    }

    /** a'(z). */
    public double derivative(double z) {
        switch (kind) {
            case RELU:
                return z > 0 ? 1 : 0;
            case LEAKY_RELU:
                return z > 0 ? 1 : alpha;
            case TANH: {
                double t = Math.tanh(z);
                return 1 - t * t;
            }
            case SIGMOID: {
                double s = sigmoid(z);
                return s * (1 - s);
            }
            case ELU:
                return z > 0 ? 1 : alpha * Math.exp(z);
            case SOFTPLUS:
                return sigmoid(z);
            case IDENTITY:
                return 1;
            default:
                throw new AssertionError(kind);
        }
    }

    /** a''(z). */
    public double secondDerivative(double z) {
        switch (kind) {
            case RELU:
            case LEAKY_RELU:
            case IDENTITY:
                return 0;
            case TANH: {
                double t = Math.tanh(z);
                return -2 * t * (1 - t * t);
            }
            case SIGMOID: {
                double s = sigmoid(z);
                return s * (1 - s) * (1 - 2 * s);
            }
            case ELU:
                return z > 0 ? 0 : alpha * Math.exp(z);
            case SOFTPLUS: {
                double s = sigmoid(z);
                return s * (1 - s);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** out = a(z), elementwise; FLOAT/DOUBLE arrays of equal length. */
    public void value(INDArray z, INDArray out) {
        apply(z, out, this::value);
    }

    /** out = a'(z), elementwise; same requirements as {@link #value(INDArray, INDArray)}. */
    public void derivative(INDArray z, INDArray out) {
        apply(z, out, this::derivative);
    }

    /** out = a''(z), elementwise; same requirements as {@link #value(INDArray, INDArray)}. */
    public void secondDerivative(INDArray z, INDArray out) {
        apply(z, out, this::secondDerivative);
    }

    private static void apply(INDArray z, INDArray out, java.util.function.DoubleUnaryOperator f) {
        if (out.length() != z.length()) {
            throw new IllegalArgumentException(
                    "out must have length " + z.length() + ", was " + out.length());
        }
        INDArray src = Mat.ofContiguous(z) == null ? z.dup('c') : z;
        Mat zm = Mat.ofContiguous(src);
        Mat om = Mat.ofContiguous(out);
        INDArray target = om == null ? out.dup('c') : out;
        if (om == null) {
            om = Mat.ofContiguous(target);
        }
        zm.pull(0, zm.size());
        for (int i = 0; i < zm.size(); i++) {
            om.set(i, f.applyAsDouble(zm.get(i)));
        }
        om.push(0, om.size());
        if (target != out) {
            out.assign(target);
        }
    }

    /**
     * The fused forward kernel of one layer, over {@code rows x cols} heap elements: z += b (row
     * vector); h = a(z)∘m; d1 = a'(z)∘m. {@code mask} may be null (no dropout).
     */
    void forward(Mat z, Mat bias, Mat mask, Mat h, Mat d1, int rows, int cols) {
        if (z instanceof Mat.F zf && (kind == Kind.RELU || kind == Kind.IDENTITY)) {
            forwardFloat(zf.h, ((Mat.F) bias).h, mask == null ? null : ((Mat.F) mask).h,
                    ((Mat.F) h).h, ((Mat.F) d1).h, rows, cols);
            return;
        }
        switch (kind) {
            case RELU:
                for (int r = 0, i = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        double v = z.get(i) + bias.get(c);
                        z.set(i, v);
                        double m = mask == null ? 1 : mask.get(i);
                        boolean on = v > 0;
                        h.set(i, on ? v * m : 0);
                        d1.set(i, on ? m : 0);
                    }
                }
                break;
            case IDENTITY:
                for (int r = 0, i = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        double v = z.get(i) + bias.get(c);
                        z.set(i, v);
                        double m = mask == null ? 1 : mask.get(i);
                        h.set(i, v * m);
                        d1.set(i, m);
                    }
                }
                break;
            default:
                for (int r = 0, i = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        double v = z.get(i) + bias.get(c);
                        z.set(i, v);
                        double m = mask == null ? 1 : mask.get(i);
                        h.set(i, value(v) * m);
                        d1.set(i, derivative(v) * m);
                    }
                }
                break;
        }
    }

    /**
     * Float fast path of {@link #forward} for RELU and IDENTITY, on the heap arrays. ReLU is written
     * without branches (about half the units of a layer are off, in no predictable order, so a branch
     * per element mispredicts often): {@code on} is all ones where z &gt; 0 (its bit pattern, read as an
     * int, is positive) and zero otherwise, and masks the bit patterns of z, 1 and m. The values are
     * those of the plain form ({@code max(z, 0)}, {@code z > 0 ? m : 0}) for every non-NaN z.
     */
    private void forwardFloat(float[] z, float[] b, float[] m, float[] h, float[] d1, int rows,
            int cols) {
        boolean relu = kind == Kind.RELU;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            if (relu && m == null) {
                for (int c = 0; c < cols; c++) {
                    float v = z[o + c] + b[c];
                    z[o + c] = v;
                    int bits = Float.floatToRawIntBits(v);
                    int on = ((-bits) & ~bits) >> 31;
                    h[o + c] = Float.intBitsToFloat(bits & on);
                    d1[o + c] = Float.intBitsToFloat(ONE_BITS & on);
                }
            } else if (relu) {
                for (int c = 0; c < cols; c++) {
                    float v = z[o + c] + b[c];
                    z[o + c] = v;
                    int bits = Float.floatToRawIntBits(v);
                    int on = ((-bits) & ~bits) >> 31;
                    float mm = Float.intBitsToFloat(Float.floatToRawIntBits(m[o + c]) & on);
                    h[o + c] = v * mm;
                    d1[o + c] = mm;
                }
            } else if (m == null) {
                for (int c = 0; c < cols; c++) {
                    float v = z[o + c] + b[c];
                    z[o + c] = v;
                    h[o + c] = v;
                    d1[o + c] = 1f;
                }
            } else {
                for (int c = 0; c < cols; c++) {
                    float v = z[o + c] + b[c];
                    z[o + c] = v;
                    h[o + c] = v * m[o + c];
                    d1[o + c] = m[o + c];
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivationFunction other
                && other.kind == kind
                && Double.compare(other.alpha, alpha) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(alpha);
    }

    @Override
    public String toString() {
        return kind == Kind.LEAKY_RELU || kind == Kind.ELU
                ? kind + "(" + alpha + ")"
                : kind.toString();
    }
}

package io.github.cwgan.nd4j.internal;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam with bias correction, PyTorch semantics ({@code torch.optim.Adam}, no weight decay, no
 * amsgrad), on one flat parameter array and its gradient array: per step t (from 1) and element,
 * m = β1·m + (1−β1)·g; v = β2·v + (1−β2)·g²; p −= (lr / (1−β1^t)) · m / (sqrt(v) / sqrt(1−β2^t) +
 * eps). Arithmetic runs in the parameters' data type (float, as PyTorch does for float32, or
 * double); m and v live on the Java heap. One step = three bulk copies (parameters and gradients
 * in, parameters out) and one JIT-vectorisable loop; no ND4J op. State (m, v, step count) is
 * readable (as copies) and restorable.
 */
public final class AdamOptimizer implements AutoCloseable {
    private final INDArray params;
    private final INDArray grads;
    private final Mat p;
    private final Mat g;
    private final float[] mf;
    private final float[] vf;
    private final double[] md;
    private final double[] vd;
    private final int n;
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private long steps;

    /**
     * @param params flat parameter array (contiguous, not a view), updated in place
     * @param grads flat gradient array, same length and type
     */
    public AdamOptimizer(INDArray params, INDArray grads, double learningRate, double beta1,
            double beta2, double epsilon) {
        this.params = Objects.requireNonNull(params, "params");
        this.grads = Objects.requireNonNull(grads, "grads");
        if (params.length() != grads.length() || params.dataType() != grads.dataType()) {
            throw new IllegalArgumentException("params and grads must have equal length and type");
        }
        requireRange("beta1", beta1);
        requireRange("beta2", beta2);
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("epsilon must be >= 0, was " + epsilon);
        }
        setLearningRate(learningRate);
        this.n = (int) params.length();
        this.p = Mat.of(params, 0, 1, n);
        this.g = Mat.of(grads, 0, 1, n);
        boolean isFloat = p instanceof Mat.F;
        this.mf = isFloat ? new float[n] : null;
        this.vf = isFloat ? new float[n] : null;
        this.md = isFloat ? null : new double[n];
        this.vd = isFloat ? null : new double[n];
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    private static void requireRange(String name, double b) {
        if (!(b >= 0 && b < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + b);
        }
    }

    /** Sets the learning rate (&gt; 0) for later steps. */
    public void setLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + lr);
        }
        this.learningRate = lr;
    }

    public double learningRate() {
        return learningRate;
    }

    /** One update of the parameters from the current gradients. */
    public void step() {
        steps++;
        double bc1 = 1 - Math.pow(beta1, steps);
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, steps));
        double stepSize = learningRate / bc1;
        p.pull(0, n);
        g.pull(0, n);
        if (mf != null) {
            stepFloat(((Mat.F) p).h, ((Mat.F) g).h, (float) stepSize, (float) bc2Sqrt);
        } else {
            stepDouble(((Mat.D) p).h, ((Mat.D) g).h, stepSize, bc2Sqrt);
        }
        p.push(0, n);
    }

    private void stepFloat(float[] pa, float[] ga, float stepSize, float bc2Sqrt) {
        float b1 = (float) beta1;
        float c1 = (float) (1 - beta1);
        float b2 = (float) beta2;
        float c2 = (float) (1 - beta2);
        float e = (float) epsilon;
        float[] ma = mf;
        float[] va = vf;
        for (int i = 0; i < n; i++) {
            float gi = ga[i];
            float mi = b1 * ma[i] + c1 * gi;
            float vi = b2 * va[i] + c2 * gi * gi;
            ma[i] = mi;
            va[i] = vi;
            pa[i] -= stepSize * (mi / ((float) Math.sqrt(vi) / bc2Sqrt + e));
        }
    }

    private void stepDouble(double[] pa, double[] ga, double stepSize, double bc2Sqrt) {
        double b1 = beta1;
        double b2 = beta2;
        double e = epsilon;
        double[] ma = md;
        double[] va = vd;
        for (int i = 0; i < n; i++) {
            double gi = ga[i];
            double mi = b1 * ma[i] + (1 - b1) * gi;
            double vi = b2 * va[i] + (1 - b2) * gi * gi;
            ma[i] = mi;
            va[i] = vi;
            pa[i] -= stepSize * (mi / (Math.sqrt(vi) / bc2Sqrt + e));
        }
    }

    /** Steps taken so far (t). */
    public long stepCount() {
        return steps;
    }

    /** A copy of the first moments m, rank 1, the parameters' data type. */
    public INDArray firstMoment() {
        return mf != null ? Nd4j.create(mf.clone(), new long[] {n}, 'c')
                : Nd4j.create(md.clone(), new long[] {n}, 'c');
    }

    /** A copy of the second moments v, rank 1, the parameters' data type. */
    public INDArray secondMoment() {
        return vf != null ? Nd4j.create(vf.clone(), new long[] {n}, 'c')
                : Nd4j.create(vd.clone(), new long[] {n}, 'c');
    }

    /** Restores state saved from {@link #firstMoment()}, {@link #secondMoment()}, {@link #stepCount()}. */
    public void restore(INDArray firstMoment, INDArray secondMoment, long stepCount) {
        if (firstMoment.length() != n || secondMoment.length() != n) {
            throw new IllegalArgumentException("moments must have length " + n);
        }
        if (stepCount < 0) {
            throw new IllegalArgumentException("stepCount must be >= 0, was " + stepCount);
        }
        if (mf != null) {
            System.arraycopy(firstMoment.reshape(n).toFloatVector(), 0, mf, 0, n);
            System.arraycopy(secondMoment.reshape(n).toFloatVector(), 0, vf, 0, n);
        } else {
            System.arraycopy(firstMoment.reshape(n).toDoubleVector(), 0, md, 0, n);
            System.arraycopy(secondMoment.reshape(n).toDoubleVector(), 0, vd, 0, n);
        }
        this.steps = stepCount;
    }

    public INDArray parameters() {
        return params;
    }

    public INDArray gradients() {
        return grads;
    }

    /** Releases nothing native (state is on the heap); kept for try-with-resources symmetry. */
    @Override
    public void close() {
        // nothing native to release
    }
}

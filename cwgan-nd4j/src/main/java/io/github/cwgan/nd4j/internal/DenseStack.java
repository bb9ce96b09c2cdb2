package io.github.cwgan.nd4j.internal;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A multilayer perceptron of dense layers with exact first and second-order passes.
 *
 * <p>Layer {@code k} (0-based, {@code k < layerCount()}) maps width {@code width(k)} to {@code
 * width(k + 1)}: {@code z_k = h_k W_kᵀ + b_k}, {@code h_{k+1} = a_k(z_k) ∘ m_k}, where {@code W_k}
 * is stored {@code [out, in]} row-major (PyTorch's {@code nn.Linear} layout), {@code h_0} is the
 * input and {@code m_k} an inverted-dropout mask (hidden layers with a dropout probability only; in
 * inference mode, and for the output layer, {@code m_k = 1}).
 *
 * <p><b>Parameters</b> live in one flat array {@link #parameters()} of length {@link
 * #parameterCount()}, laid out {@code W_0, b_0, W_1, b_1, ...}; the gradients in {@link
 * #gradients()}, same length and layout. {@link #weights(int)} and friends are views into them.
 *
 * <p><b>Passes</b> run on a {@link Tape} (preallocated buffers for up to {@code maxRows} rows, from
 * {@link #newTape(int)}); a stack may have several tapes of different sizes. For {@code n} rows:
 *
 * <ol>
 *   <li>{@link #forward}: reads {@code tape.input()}, writes {@code tape.output()}.
 *   <li>{@link #backward}: the vector-Jacobian product; reads the seed {@code tape.outputGradient()}
 *       (∂loss/∂output, per row), writes {@code tape.inputGradient()} and keeps the per-layer
 *       {@code δ_k = g_{k+1} ∘ a'(z_k) ∘ m_k}. Touches no parameter gradient.
 *   <li>{@link #accumulateParameterGradients}: adds {@code δ_kᵀ h_k} and column sums of {@code δ_k}
 *       over a row range to the parameter gradients (the parameter part of the backward pass).
 *   <li>{@link #backwardOfBackward}: for a row range whose backward seed does not depend on the
 *       parameters, adds to the parameter gradients the gradient of {@code Σ ḡ ∘ inputGradient},
 *       {@code ḡ = tape.inputGradientAdjoint()}: a forward-running sweep of adjoints through the
 *       backward pass, then (only where some layer has a''≠0) a backward sweep through the forward
 *       pass. This is the double backprop of the gradient penalty.
 * </ol>
 *
 * <p>Dropout masks are drawn once per forward pass with {@link #drawDropoutMasks} into the tape and
 * used by all three passes; tests may write masks into {@link Tape#mask(int)} directly. A new tape
 * holds all-ones masks. Not thread-safe.
 */
public final class DenseStack implements AutoCloseable {
    private final DataType dataType;
    private final int layers;
    private final int[] widths;
    private final ActivationFunction[] activations;
    private final boolean[] smooth;
    private final int topSmooth;
    private final double[] dropout;
    private final long parameterCount;
    private final long[] weightOffsets;
    private final long[] biasOffsets;
    private final INDArray params;
    private final INDArray grads;
    private final Mat[] w;
    private final Mat[] b;
    private final Mat[] wg;
    private final Mat[] bg;
    private final Mat gradsAll;
    private final double[] colSums;

    /**
     * A stack with {@code hiddenWidths.length} hidden layers and one output layer, parameters zero
     * (call {@link #initialize(Rng)}).
     *
     * @param inputWidth width of the input rows, &gt;= 1
     * @param hiddenWidths width of each hidden layer, each &gt;= 1 (may be empty)
     * @param hiddenActivations activation of each hidden layer, same length as hiddenWidths
     * @param hiddenDropout dropout probability in [0, 1) applied after each hidden activation, same
     *     length as hiddenWidths
     * @param outputActivation activation of the output layer (identity for a critic or a generator
     *     of real-valued data)
     * @param outputWidth width of the output, &gt;= 1
     * @param dataType FLOAT (training) or DOUBLE (gradient checks)
     */
    public DenseStack(int inputWidth, int[] hiddenWidths, ActivationFunction[] hiddenActivations,
            double[] hiddenDropout, ActivationFunction outputActivation, int outputWidth,
            DataType dataType) {
        Objects.requireNonNull(hiddenWidths, "hiddenWidths");
        Objects.requireNonNull(hiddenActivations, "hiddenActivations");
        Objects.requireNonNull(hiddenDropout, "hiddenDropout");
        Objects.requireNonNull(outputActivation, "outputActivation");
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, was " + dataType);
        }
        int hidden = hiddenWidths.length;
        if (hiddenActivations.length != hidden || hiddenDropout.length != hidden) {
            throw new IllegalArgumentException("hiddenActivations (" + hiddenActivations.length
                    + ") and hiddenDropout (" + hiddenDropout.length + ") must have one entry per hidden"
                    + " layer (" + hidden + ")");
        }
        this.dataType = dataType;
        this.layers = hidden + 1;
        this.widths = new int[layers + 1];
        this.activations = new ActivationFunction[layers];
        this.dropout = new double[layers];
        widths[0] = requirePositive("inputWidth", inputWidth);
        for (int k = 0; k < hidden; k++) {
            widths[k + 1] = requirePositive("hiddenWidths[" + k + "]", hiddenWidths[k]);
            activations[k] = Objects.requireNonNull(hiddenActivations[k], "hiddenActivations[" + k + "]");
            double p = hiddenDropout[k];
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("hiddenDropout[" + k + "] must be in [0, 1), was " + p);
            }
            dropout[k] = p;
        }
        widths[layers] = requirePositive("outputWidth", outputWidth);
        activations[layers - 1] = outputActivation;
        this.smooth = new boolean[layers];
        int top = -1;
        for (int k = 0; k < layers; k++) {
            smooth[k] = activations[k].hasSecondDerivative();
            if (smooth[k]) {
                top = k;
            }
        }
        this.topSmooth = top;

        weightOffsets = new long[layers];
        biasOffsets = new long[layers];
        long n = 0;
        for (int k = 0; k < layers; k++) {
            weightOffsets[k] = n;
            n += (long) widths[k + 1] * widths[k];
            biasOffsets[k] = n;
            n += widths[k + 1];
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many parameters: " + n);
        }
        this.parameterCount = n;
        this.params = Nd4j.create(dataType, n);
        this.grads = Nd4j.create(dataType, n);
        w = new Mat[layers];
        b = new Mat[layers];
        wg = new Mat[layers];
        bg = new Mat[layers];
        int maxWidth = 0;
        for (int k = 0; k < layers; k++) {
            w[k] = Mat.of(params, weightOffsets[k], widths[k + 1], widths[k]);
            b[k] = Mat.of(params, biasOffsets[k], 1, widths[k + 1]);
            wg[k] = Mat.of(grads, weightOffsets[k], widths[k + 1], widths[k]);
            bg[k] = Mat.of(grads, biasOffsets[k], 1, widths[k + 1]);
            maxWidth = Math.max(maxWidth, widths[k + 1]);
        }
        this.colSums = new double[maxWidth];
        this.gradsAll = Mat.of(grads, 0, 1, (int) n);
    }

    private static int requirePositive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + v);
        }
        return v;
    }

    /** PyTorch's {@code nn.Linear} default: every W_k and b_k drawn U(-1/√in_k, 1/√in_k). */
    public void initialize(Rng rng) {
        Mat all = Mat.of(params, 0, 1, (int) parameterCount);
        for (int k = 0; k < layers; k++) {
            double bound = 1 / Math.sqrt(widths[k]);
            int from = (int) weightOffsets[k];
            int to = (int) biasOffsets[k] + widths[k + 1];
            rng.fillUniform(all, from, to, -bound, bound);
        }
        all.push(0, all.size());
    }

    /** Sets every parameter gradient to zero. */
    public void zeroGradients() {
        gradsAll.zeroNative(0, gradsAll.size());
    }

    public DataType dataType() {
        return dataType;
    }

    /** Number of dense layers, hidden layers plus the output layer. */
    public int layerCount() {
        return layers;
    }

    /** Width at {@code level}: 0 is the input, {@code layerCount()} the output. */
    public int width(int level) {
        return widths[level];
    }

    public int inputWidth() {
        return widths[0];
    }

    public int outputWidth() {
        return widths[layers];
    }

    public ActivationFunction activation(int layer) {
        return activations[layer];
    }

    /** Dropout probability after layer {@code layer}'s activation (0 for the output layer). */
    public double dropout(int layer) {
        return dropout[layer];
    }

    public long parameterCount() {
        return parameterCount;
    }

    /** All parameters, one flat rank-1 array, laid out W_0, b_0, W_1, b_1, ... */
    public INDArray parameters() {
        return params;
    }

    /** All parameter gradients, same length and layout as {@link #parameters()}. */
    public INDArray gradients() {
        return grads;
    }

    /** View {@code [width(k+1), width(k)]} of W_k in {@link #parameters()}. */
    public INDArray weights(int layer) {
        return w[layer].view();
    }

    /** View {@code [width(k+1)]} of b_k in {@link #parameters()}. */
    public INDArray bias(int layer) {
        return params.get(NDArrayIndex.interval(biasOffsets[layer], biasOffsets[layer] + widths[layer + 1]));
    }

    /** View of ∂loss/∂W_k in {@link #gradients()}. */
    public INDArray weightGradient(int layer) {
        return wg[layer].view();
    }

    /** View of ∂loss/∂b_k in {@link #gradients()}. */
    public INDArray biasGradient(int layer) {
        return grads.get(NDArrayIndex.interval(biasOffsets[layer], biasOffsets[layer] + widths[layer + 1]));
    }

    /** Offset of W_k in the flat parameter array (b_k follows it). */
    public long weightOffset(int layer) {
        return weightOffsets[layer];
    }

    /** Offset of b_k in the flat parameter array. */
    public long biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /** Buffers for passes over up to {@code maxRows} rows. */
    public Tape newTape(int maxRows) {
        return new Tape(maxRows);
    }

    /** Draws fresh dropout masks for the first {@code rows} rows of every dropout layer. */
    public void drawDropoutMasks(Tape t, int rows, Rng rng) {
        t.check(this, rows);
        for (int k = 0; k < layers; k++) {
            if (t.mask[k] != null) {
                Mat mk = t.mask[k];
                if (mk instanceof Mat.F f) {
                    rng.fillDropoutMask(f.h, 0, rows * widths[k + 1], dropout[k]);
                } else {
                    rng.fillDropoutMask(mk, 0, rows * widths[k + 1], dropout[k]);
                }
                mk.push(0, rows * widths[k + 1]);
            }
        }
        t.masksOnHeap = true;
    }

    /**
     * Forward pass over the first {@code rows} rows of {@code t.input()}; in training mode the
     * tape's dropout masks apply, in inference mode none.
     */
    public void forward(Tape t, int rows, boolean training) {
        t.check(this, rows);
        t.training = training;
        t.h[0].pull(0, rows * widths[0]);
        for (int k = 0; k < layers; k++) {
            int in = widths[k];
            int out = widths[k + 1];
            int n = rows * out;
            Mat.gemm(false, true, rows, out, in, 1, t.h[k], 0, in, w[k], 0, in, 0, t.z[k], 0, out);
            t.z[k].pull(0, n);
            b[k].pull(0, out);
            Mat mask = training ? t.mask[k] : null;
            if (mask != null && !t.masksOnHeap) {
                mask.pull(0, mask.size());
            }
            activations[k].forward(t.z[k], b[k], mask, t.h[k + 1], t.d1[k], rows, out);
            t.h[k + 1].push(0, n);
        }
        if (training) {
            t.masksOnHeap = true;
        }
        t.zOnHeapOnly = true;
    }

    /**
     * Backward pass (vector-Jacobian product) over the first {@code rows} rows, after {@link
     * #forward}: from the seed {@code t.outputGradient()} to {@code t.inputGradient()}.
     */
    public void backward(Tape t, int rows) {
        t.check(this, rows);
        t.g[layers].pull(0, rows * widths[layers]);
        for (int k = layers - 1; k >= 0; k--) {
            int in = widths[k];
            int out = widths[k + 1];
            Mat delta = t.delta[k];
            Mat g = t.g[k + 1];
            Mat d1 = t.d1[k];
            int n = rows * out;
            multiply(g, d1, delta, 0, n);
            delta.push(0, n);
            Mat.gemm(false, false, rows, in, out, 1, delta, 0, out, w[k], 0, in, 0, t.g[k], 0, in);
            t.g[k].pull(0, rows * in);
        }
    }

    /**
     * Adds the parameter part of the backward pass for rows {@code [from, to)} to the gradients:
     * ∂W_k += δ_kᵀ h_k, ∂b_k += Σ_rows δ_k.
     */
    public void accumulateParameterGradients(Tape t, int from, int to) {
        t.check(this, to);
        int m = to - from;
        if (m <= 0) {
            return;
        }
        for (int k = 0; k < layers; k++) {
            int in = widths[k];
            int out = widths[k + 1];
            Mat.gemm(true, false, out, in, m, 1, t.delta[k], from * out, out, t.h[k], from * in, in, 1,
                    wg[k], 0, in);
            addColumnSums(t.delta[k], from, to, out, bg[k]);
        }
    }

    /**
     * Double backprop for rows {@code [from, to)}: adds to the parameter gradients the gradient of
     * {@code Σ_{rows, cols} ḡ ∘ g_0} with respect to the parameters, where {@code g_0 =
     * t.inputGradient()} was computed by {@link #backward} from a seed that does not depend on the
     * parameters, and {@code ḡ = t.inputGradientAdjoint()} (held constant). Uses the masks and mode
     * of the last forward pass. Overwrites the adjoint buffers of the tape.
     */
    public void backwardOfBackward(Tape t, int from, int to) {
        t.check(this, to);
        int m = to - from;
        if (m <= 0) {
            return;
        }
        t.gbar[0].pull(from * widths[0], m * widths[0]);
        // Sweep up, adjoint of the backward pass: per layer δ̄_k = ḡ_k W_kᵀ, ∂W_k += δ_kᵀ ḡ_k,
        // ḡ_{k+1} = δ̄_k ∘ a'(z_k) ∘ m_k and the source z̄_k = δ̄_k ∘ g_{k+1} ∘ a''(z_k) ∘ m_k.
        for (int k = 0; k < layers; k++) {
            int in = widths[k];
            int out = widths[k + 1];
            Mat gbar = t.gbar[k];
            Mat dbar = t.dbar[k];
            Mat.gemm(false, true, m, out, in, 1, gbar, from * in, in, w[k], 0, in, 0, dbar, from * out,
                    out);
            dbar.pull(from * out, m * out);
            Mat.gemm(true, false, out, in, m, 1, t.delta[k], from * out, out, gbar, from * in, in, 1,
                    wg[k], 0, in);
            int i0 = from * out;
            int i1 = to * out;
            if (k < layers - 1) {
                Mat next = t.gbar[k + 1];
                multiply(dbar, t.d1[k], next, i0, i1);
                next.push(i0, i1 - i0);
            }
            if (smooth[k]) {
                ActivationFunction a = activations[k];
                Mat zbar = t.zbar[k];
                Mat z = t.z[k];
                Mat g = t.g[k + 1];
                Mat mask = t.training ? t.mask[k] : null;
                for (int i = i0; i < i1; i++) {
                    double mi = mask == null ? 1 : mask.get(i);
                    zbar.set(i, dbar.get(i) * g.get(i) * a.secondDerivative(z.get(i)) * mi);
                }
            }
        }
        // Sweep down through the forward pass, from the highest layer with a'' != 0.
        for (int k = topSmooth; k >= 0; k--) {
            int in = widths[k];
            int out = widths[k + 1];
            Mat zbar = t.zbar[k];
            int i0 = from * out;
            int i1 = to * out;
            if (k < topSmooth) {
                Mat hbar = t.gbar[k + 1];
                Mat d1 = t.d1[k];
                if (smooth[k]) {
                    for (int i = i0; i < i1; i++) {
                        zbar.set(i, zbar.get(i) + hbar.get(i) * d1.get(i));
                    }
                } else {
                    for (int i = i0; i < i1; i++) {
                        zbar.set(i, hbar.get(i) * d1.get(i));
                    }
                }
            }
            zbar.push(i0, i1 - i0);
            Mat.gemm(true, false, out, in, m, 1, zbar, i0, out, t.h[k], from * in, in, 1, wg[k], 0, in);
            addColumnSums(zbar, from, to, out, bg[k]);
            if (k > 0) {
                Mat.gemm(false, false, m, in, out, 1, zbar, i0, out, w[k], 0, in, 0, t.gbar[k], from * in,
                        in);
                t.gbar[k].pull(from * in, m * in);
            }
        }
    }

    /** out[i] = a[i] * b[i] for i in [from, to), heap. */
    private static void multiply(Mat a, Mat b, Mat out, int from, int to) {
        if (a instanceof Mat.F af) {
            float[] x = af.h;
            float[] y = ((Mat.F) b).h;
            float[] o = ((Mat.F) out).h;
            for (int i = from; i < to; i++) {
                o[i] = x[i] * y[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                out.set(i, a.get(i) * b.get(i));
            }
        }
    }

    private void addColumnSums(Mat src, int from, int to, int cols, Mat dst) {
        double[] s = colSums;
        Arrays.fill(s, 0, cols, 0);
        for (int r = from, i = from * cols; r < to; r++) {
            for (int c = 0; c < cols; c++, i++) {
                s[c] += src.get(i);
            }
        }
        dst.pull(0, cols);
        for (int c = 0; c < cols; c++) {
            dst.set(c, dst.get(c) + s[c]);
        }
        dst.push(0, cols);
    }

    @Override
    public void close() {
        params.close();
        grads.close();
    }

    @Override
    public String toString() {
        return "DenseStack" + Arrays.toString(widths) + Arrays.toString(activations)
                + " dropout" + Arrays.toString(dropout) + " " + dataType;
    }

    /**
     * Preallocated buffers of one {@link DenseStack} for passes over up to {@link #capacity()} rows.
     * All {@code INDArray} accessors return views {@code [capacity, width]} (fresh view objects on
     * the same memory; get them once, outside hot loops).
     */
    public final class Tape implements AutoCloseable {
        private final int capacity;
        private final INDArray flat;
        final Mat[] h;
        final Mat[] z;
        final Mat[] d1;
        final Mat[] mask;
        final Mat[] delta;
        final Mat[] dbar;
        final Mat[] zbar;
        final Mat[] g;
        final Mat[] gbar;
        boolean training;
        /** The heap copies of the masks are current (drawn here or pulled). */
        boolean masksOnHeap;
        /** z (bias included) is current on the heap only; pushed on demand. */
        boolean zOnHeapOnly;
        private long cursor;

        private Tape(int capacity) {
            this.capacity = requirePositive("maxRows", capacity);
            long total = 0;
            for (int k = 0; k <= layers; k++) {
                total += 3L * widths[k]; // h, g, gbar
            }
            for (int k = 0; k < layers; k++) {
                total += (5L + (dropout[k] > 0 ? 1 : 0)) * widths[k + 1];
            }
            total *= capacity;
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxRows too large for one tape: " + capacity);
            }
            flat = Nd4j.create(dataType, total);
            h = new Mat[layers + 1];
            g = new Mat[layers + 1];
            gbar = new Mat[layers + 1];
            z = new Mat[layers];
            d1 = new Mat[layers];
            mask = new Mat[layers];
            delta = new Mat[layers];
            dbar = new Mat[layers];
            zbar = new Mat[layers];
            for (int k = 0; k <= layers; k++) {
                h[k] = next(widths[k]);
                g[k] = next(widths[k]);
                gbar[k] = next(widths[k]);
            }
            for (int k = 0; k < layers; k++) {
                int out = widths[k + 1];
                z[k] = next(out);
                d1[k] = next(out);
                delta[k] = next(out);
                dbar[k] = next(out);
                zbar[k] = next(out);
                if (dropout[k] > 0) {
                    mask[k] = next(out);
                    mask[k].fill(1, 0, capacity * out);
                    mask[k].push(0, capacity * out);
                }
            }
        }

        private Mat next(int cols) {
            Mat m = Mat.of(flat, cursor, capacity, cols);
            cursor += (long) capacity * cols;
            return m;
        }

        void check(DenseStack owner, int rows) {
            if (owner != DenseStack.this) {
                throw new IllegalArgumentException("tape belongs to another DenseStack");
            }
            if (rows < 0 || rows > capacity) {
                throw new IllegalArgumentException(
                        "rows must be in [0, " + capacity + "] for this tape, was " + rows);
            }
        }

        /** Maximum number of rows. */
        public int capacity() {
            return capacity;
        }

        /** Input rows h_0, {@code [capacity, inputWidth]}: write the first n rows before forward. */
        public INDArray input() {
            return h[0].view();
        }

        /**
         * Writes the first {@code rows} input rows from {@code src} (row-major, {@code rows x
         * inputWidth()} values): two bulk copies, no ND4J op, so cheap enough per chunk of a sampling
         * loop (unlike {@code input().get(...).assign(...)}).
         */
        public void setInput(float[] src, int rows) {
            check(DenseStack.this, rows);
            int n = rows * widths[0];
            if (src.length < n) {
                throw new IllegalArgumentException("src needs " + n + " values, has " + src.length);
            }
            Mat in = h[0];
            if (in instanceof Mat.F f) {
                System.arraycopy(src, 0, f.h, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    in.set(i, src[i]);
                }
            }
            in.push(0, n);
        }

        /**
         * The first {@code rows} output rows after {@link #forward}, as new arrays of {@code
         * outputWidth()} floats (read from the heap copy the forward pass wrote; no ND4J op, unlike
         * {@code output().get(...).toFloatMatrix()}, which makes one array object per row).
         */
        public float[][] outputRows(int rows) {
            check(DenseStack.this, rows);
            int w = widths[layers];
            Mat out = h[layers];
            float[][] rowsOut = new float[rows][w];
            for (int r = 0; r < rows; r++) {
                if (out instanceof Mat.F f) {
                    System.arraycopy(f.h, r * w, rowsOut[r], 0, w);
                } else {
                    for (int j = 0; j < w; j++) {
                        rowsOut[r][j] = (float) out.get(r * w + j);
                    }
                }
            }
            return rowsOut;
        }

        /** Output rows, {@code [capacity, outputWidth]}, after forward. */
        public INDArray output() {
            return h[layers].view();
        }

        /** Activations after layer {@code level - 1} ({@code level} 0 = input). */
        public INDArray activations(int level) {
            return h[level].view();
        }

        /** Pre-activations z_k of layer {@code layer} (bias included), after forward. */
        public INDArray preActivation(int layer) {
            if (zOnHeapOnly) {
                for (Mat m : z) {
                    m.push(0, m.size());
                }
                zOnHeapOnly = false;
            }
            return z[layer].view();
        }

        /** Seed of the backward pass, ∂loss/∂output per row: write before {@link #backward}. */
        public INDArray outputGradient() {
            return g[layers].view();
        }

        /** ∂(seed·output)/∂input per row, after {@link #backward}. */
        public INDArray inputGradient() {
            return g[0].view();
        }

        /** ḡ, the adjoint of {@link #inputGradient()}: write before {@link #backwardOfBackward}. */
        public INDArray inputGradientAdjoint() {
            return gbar[0].view();
        }

        /** Dropout mask of layer {@code layer} (0 or 1/(1-p)), or null if it has no dropout. */
        public INDArray mask(int layer) {
            masksOnHeap = false; // the caller may write through the view
            return mask[layer] == null ? null : mask[layer].view();
        }

        @Override
        public void close() {
            flat.close();
        }
    }
}

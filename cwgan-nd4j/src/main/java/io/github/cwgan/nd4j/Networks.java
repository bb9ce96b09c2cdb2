package io.github.cwgan.nd4j;

import io.github.cwgan.WganConfig;
import io.github.cwgan.network.Activation;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.nd4j.internal.ActivationFunction;
import io.github.cwgan.nd4j.internal.DenseStack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns specs into {@link DenseStack}s and converts parameters between a stack's layout (W stored
 * [out, in], PyTorch's) and the canonical layout of model files (W stored [in, out], see
 * {@link ModelSnapshot}).
 */
final class Networks {

    private Networks() {
    }

    /** The generator of a configuration: noise + condition in, data out. */
    static DenseStack generator(WganConfig<?> c) {
        return stack(c.generatorInputDimension(), c.generator(), c.dataDimension(), DataType.FLOAT);
    }

    /** The critic of a configuration: data + condition in, one score out. */
    static DenseStack critic(WganConfig<?> c) {
        return stack(c.criticInputDimension(), c.critic(), 1, DataType.FLOAT);
    }

    static DenseStack stack(int in, Mlp spec, int out, DataType type) {
        int n = spec.depth();
        int[] widths = new int[n];
        ActivationFunction[] acts = new ActivationFunction[n];
        double[] dropout = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i] = spec.hiddenWidths().get(i);
            acts[i] = function(spec.activations().get(i));
            dropout[i] = spec.dropouts().get(i);
        }
        return new DenseStack(in, widths, acts, dropout, function(spec.outputActivation()), out, type);
    }

    static ActivationFunction function(Activation a) {
        return ActivationFunction.of(a.kind().name(), a.alpha());
    }

    /** The parameters of {@code stack} in the canonical layout. */
    static float[] toCanonical(DenseStack stack) {
        return toCanonical(stack, stack.parameters().toFloatVector());
    }

    /** {@code flat} (in {@code stack}'s layout) rearranged to the canonical layout. */
    static float[] toCanonical(DenseStack stack, float[] flat) {
        return rearrange(stack, flat, true);
    }

    /** {@code canonical} rearranged to {@code stack}'s layout. */
    static float[] fromCanonical(DenseStack stack, float[] canonical) {
        if (canonical.length != stack.parameterCount()) {
            throw new IllegalArgumentException("expected " + stack.parameterCount() + " parameters, got "
                    + canonical.length);
        }
        return rearrange(stack, canonical, false);
    }

    /**
     * Transposes every weight matrix between [out, in] (the stack's) and [in, out] (canonical);
     * biases stay where they are. The offsets of W and b are the same in both layouts.
     */
    private static float[] rearrange(DenseStack stack, float[] src, boolean toCanonical) {
        float[] out = new float[src.length];
        for (int k = 0; k < stack.layerCount(); k++) {
            int in = stack.width(k);
            int o = stack.width(k + 1);
            int w = (int) stack.weightOffset(k);
            for (int r = 0; r < o; r++) {
                for (int c = 0; c < in; c++) {
                    int stackIndex = w + r * in + c;
                    int canonicalIndex = w + c * o + r;
                    if (toCanonical) {
                        out[canonicalIndex] = src[stackIndex];
                    } else {
                        out[stackIndex] = src[canonicalIndex];
                    }
                }
            }
            int b = (int) stack.biasOffset(k);
            System.arraycopy(src, b, out, b, o);
        }
        return out;
    }

    /** Loads canonical parameters into {@code stack}. */
    static void load(DenseStack stack, float[] canonical) {
        set(stack.parameters(), fromCanonical(stack, canonical));
    }

    /** Copies {@code values} into the contiguous array {@code target}. */
    static void set(INDArray target, float[] values) {
        target.data().setData(values);
    }
}

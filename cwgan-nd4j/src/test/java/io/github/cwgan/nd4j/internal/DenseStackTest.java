package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class DenseStackTest {
    static DenseStack stack(ActivationFunction a, double p, DataType type) {
        return new DenseStack(3, new int[] {4, 5}, new ActivationFunction[] {a, a},
                new double[] {p, p}, ActivationFunction.tanh(), 2, type);
    }

    @Test
    void setInputAndOutputRows_matchTheInDArrayViews() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            try (DenseStack s = new DenseStack(3, new int[] {4}, new ActivationFunction[] {
                    ActivationFunction.relu()}, new double[] {0}, ActivationFunction.identity(), 2, type);
                      DenseStack.Tape t = s.newTape(5)) {
                s.initialize(new Rng(1));
                float[] in = new float[5 * 3];
                new Rng(2).fillNormal(in);
                t.setInput(in, 4);
                s.forward(t, 4, false);
                float[][] rows = t.outputRows(4);
                assertThat(rows).hasNumberOfRows(4);
                INDArray input = t.input();
                INDArray output = t.output();
                for (int r = 0; r < 4; r++) {
                    for (int j = 0; j < 3; j++) {
                        assertThat(input.getFloat(r, j)).isEqualTo(in[r * 3 + j]);
                    }
                    for (int j = 0; j < 2; j++) {
                        assertThat(rows[r][j]).isEqualTo(output.getFloat(r, j));
                    }
                }
                assertThatThrownBy(() -> t.setInput(new float[2], 1)).hasMessageContaining("src");
            }
        }
    }

    @Test
    void forward_matchesPlainJavaComputation() {
        try (DenseStack s = stack(ActivationFunction.elu(0.5), 0, DataType.DOUBLE);
                DenseStack.Tape t = s.newTape(4)) {
            s.initialize(new Rng(1));
            double[][] x = {{0.1, -0.4, 2.0}, {1.5, 0.3, -0.7}, {0, 0, 0}};
            for (int r = 0; r < 3; r++) {
                for (int j = 0; j < 3; j++) {
                    t.input().putScalar(r, j, x[r][j]);
                }
            }
            s.forward(t, 3, false);
            for (int r = 0; r < 3; r++) {
                double[] h = x[r];
                for (int k = 0; k < s.layerCount(); k++) {
                    double[][] w = s.weights(k).toDoubleMatrix();
                    double[] b = s.bias(k).toDoubleVector();
                    double[] next = new double[w.length];
                    for (int o = 0; o < w.length; o++) {
                        double z = b[o];
                        for (int i = 0; i < h.length; i++) {
                            z += w[o][i] * h[i];
                        }
                        next[o] = s.activation(k).value(z);
                    }
                    h = next;
                }
                for (int o = 0; o < 2; o++) {
                    assertThat(t.output().getDouble(r, o)).isCloseTo(h[o], within(1e-14));
                }
            }
        }
    }

    @Test
    void parameters_areOneFlatArrayWithLiveViews() {
        try (DenseStack s = stack(ActivationFunction.relu(), 0, DataType.FLOAT)) {
            assertThat(s.parameterCount()).isEqualTo(3 * 4 + 4 + 4 * 5 + 5 + 5 * 2 + 2);
            assertThat(s.gradients().length()).isEqualTo(s.parameterCount());
            s.weights(1).putScalar(2, 3, 7f);
            assertThat(s.parameters().getFloat(s.weightOffset(1) + 2 * 4 + 3)).isEqualTo(7f);
            s.bias(2).putScalar(1, -3f);
            assertThat(s.parameters().getFloat(s.biasOffset(2) + 1)).isEqualTo(-3f);
            s.gradients().putScalar(s.biasOffset(0), 5f);
            assertThat(s.biasGradient(0).getFloat(0)).isEqualTo(5f);
        }
    }

    @Test
    void initialize_isPyTorchUniformPerLayer_andSeeded() {
        try (DenseStack a = new DenseStack(64, new int[] {16}, new ActivationFunction[] {
                ActivationFunction.relu()}, new double[] {0}, ActivationFunction.identity(), 1,
                DataType.FLOAT);
                DenseStack b = new DenseStack(64, new int[] {16}, new ActivationFunction[] {
                        ActivationFunction.relu()}, new double[] {0}, ActivationFunction.identity(), 1,
                        DataType.FLOAT)) {
            a.initialize(new Rng(3));
            b.initialize(new Rng(3));
            assertThat(b.parameters().toFloatVector()).containsExactly(a.parameters().toFloatVector());
            double b0 = 1 / Math.sqrt(64);
            double b1 = 1 / Math.sqrt(16);
            assertThat(a.weights(0).amaxNumber().doubleValue()).isLessThan(b0).isGreaterThan(0.9 * b0);
            assertThat(a.bias(0).amaxNumber().doubleValue()).isLessThan(b0);
            assertThat(a.weights(1).amaxNumber().doubleValue()).isLessThan(b1).isGreaterThan(0.5 * b1);
        }
    }

    @Test
    void backward_inputGradient_matchesFiniteDifferences() {
        try (DenseStack s = stack(ActivationFunction.softplus(), 0.4, DataType.DOUBLE);
                DenseStack.Tape t = s.newTape(2)) {
            Rng rng = new Rng(5);
            s.initialize(rng);
            s.drawDropoutMasks(t, 2, rng);
            rng.fillNormal(t.input());
            t.outputGradient().putScalar(0, 0, 0.7);
            t.outputGradient().putScalar(0, 1, -1.3);
            t.outputGradient().putScalar(1, 0, 0.2);
            t.outputGradient().putScalar(1, 1, 0.5);
            s.forward(t, 2, true);
            s.backward(t, 2);
            INDArray g = t.inputGradient().dup();
            INDArray seed = t.outputGradient().dup();
            for (int r = 0; r < 2; r++) {
                for (int j = 0; j < 3; j++) {
                    double x = t.input().getDouble(r, j);
                    double h = 1e-6;
                    t.input().putScalar(r, j, x + h);
                    s.forward(t, 2, true);
                    double plus = seed.getRow(r).mul(t.output().getRow(r)).sumNumber().doubleValue();
                    t.input().putScalar(r, j, x - h);
                    s.forward(t, 2, true);
                    double minus = seed.getRow(r).mul(t.output().getRow(r)).sumNumber().doubleValue();
                    t.input().putScalar(r, j, x);
                    assertThat(g.getDouble(r, j)).isCloseTo((plus - minus) / (2 * h), within(1e-8));
                }
            }
        }
    }

    @Test
    void inference_ignoresMasks_training_appliesThem() {
        try (DenseStack s = stack(ActivationFunction.relu(), 0.5, DataType.FLOAT);
                DenseStack.Tape t = s.newTape(3)) {
            s.initialize(new Rng(1));
            t.input().assign(1);
            s.forward(t, 3, false);
            INDArray inference = t.output().dup();
            t.mask(0).assign(0);
            s.forward(t, 3, false);
            assertThat(t.output()).isEqualTo(inference);
            s.forward(t, 3, true);
            // first hidden layer fully dropped: the output is the output of a zero input to layer 1
            assertThat(t.activations(1).sumNumber().doubleValue()).isZero();
        }
    }

    @Test
    void invalidShapes_areRejected() {
        ActivationFunction r = ActivationFunction.relu();
        assertThatThrownBy(() -> new DenseStack(0, new int[] {4}, new ActivationFunction[] {r},
                new double[] {0}, r, 1, DataType.FLOAT)).hasMessageContaining("inputWidth");
        assertThatThrownBy(() -> new DenseStack(2, new int[] {4}, new ActivationFunction[] {r},
                new double[] {1.0}, r, 1, DataType.FLOAT)).hasMessageContaining("hiddenDropout[0]");
        assertThatThrownBy(() -> new DenseStack(2, new int[] {4}, new ActivationFunction[] {r},
                new double[] {0}, r, 1, DataType.HALF)).hasMessageContaining("dataType");
        try (DenseStack s = stack(r, 0, DataType.FLOAT); DenseStack.Tape t = s.newTape(2)) {
            assertThatThrownBy(() -> s.forward(t, 3, false)).hasMessageContaining("rows");
        }
    }
}

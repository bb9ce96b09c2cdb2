package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AdamOptimizerTest {
    static final double LR = 0.01;
    static final double B1 = 0.9;
    static final double B2 = 0.999;
    static final double EPS = 1e-8;
    static final double[][] GRADS = {{0.1, -0.2, 0.3}, {-0.05, 0.4, 0.0}, {0.2, 0.1, -0.3}};

    @Test
    void threeSteps_matchHandComputedPyTorchSequence() {
        double[] p = {1.0, -2.0, 0.5};
        double[] m = new double[3];
        double[] v = new double[3];
        double[][] expected = new double[3][];
        for (int t = 1; t <= 3; t++) {
            double[] g = GRADS[t - 1];
            double bc1 = 1 - Math.pow(B1, t);
            double bc2 = 1 - Math.pow(B2, t);
            for (int i = 0; i < 3; i++) {
                m[i] = B1 * m[i] + (1 - B1) * g[i];
                v[i] = B2 * v[i] + (1 - B2) * g[i] * g[i];
                double mHat = m[i] / bc1;
                double vHat = v[i] / bc2;
                p[i] -= LR * mHat / (Math.sqrt(vHat) + EPS);
            }
            expected[t - 1] = p.clone();
        }
        // step 1 of Adam moves every parameter with a non-zero gradient by about lr against its sign
        assertThat(expected[0][0]).isCloseTo(1.0 - LR, within(1e-9));

        INDArray params = Nd4j.create(new double[] {1.0, -2.0, 0.5});
        INDArray grads = Nd4j.create(DataType.DOUBLE, 3);
        try (AdamOptimizer adam = new AdamOptimizer(params, grads, LR, B1, B2, EPS)) {
            for (int t = 0; t < 3; t++) {
                grads.assign(Nd4j.create(GRADS[t]));
                adam.step();
                double[] actual = params.toDoubleVector();
                for (int i = 0; i < 3; i++) {
                    assertThat(actual[i]).as("step %d param %d", t + 1, i)
                            .isCloseTo(expected[t][i], within(1e-14));
                }
            }
            assertThat(adam.stepCount()).isEqualTo(3);
            double[] mm = adam.firstMoment().toDoubleVector();
            double[] vv = adam.secondMoment().toDoubleVector();
            for (int i = 0; i < 3; i++) {
                assertThat(mm[i]).isCloseTo(m[i], within(1e-15));
                assertThat(vv[i]).isCloseTo(v[i], within(1e-15));
            }
        }
    }

    @Test
    void restore_resumesBitExactly() {
        INDArray p1 = Nd4j.create(new float[] {1f, -2f, 0.5f});
        INDArray g1 = Nd4j.create(DataType.FLOAT, 3);
        INDArray p2 = Nd4j.create(DataType.FLOAT, 3);
        INDArray g2 = Nd4j.create(DataType.FLOAT, 3);
        try (AdamOptimizer a = new AdamOptimizer(p1, g1, LR, B1, B2, EPS);
                AdamOptimizer b = new AdamOptimizer(p2, g2, LR, B1, B2, EPS)) {
            for (int t = 0; t < 2; t++) {
                g1.assign(Nd4j.create(GRADS[t]).castTo(DataType.FLOAT));
                a.step();
            }
            p2.assign(p1);
            b.restore(a.firstMoment().dup(), a.secondMoment().dup(), a.stepCount());
            g1.assign(Nd4j.create(GRADS[2]).castTo(DataType.FLOAT));
            g2.assign(g1);
            a.step();
            b.step();
            assertThat(p2.toFloatVector()).containsExactly(p1.toFloatVector());
            assertThat(b.stepCount()).isEqualTo(3);
        }
    }

    @Test
    void beta1_outOfRange_isRejected() {
        INDArray p = Nd4j.create(DataType.FLOAT, 3);
        assertThatThrownBy(() -> new AdamOptimizer(p, p.dup(), LR, 1.0, B2, EPS))
                .hasMessageContaining("beta1");
        assertThatThrownBy(() -> new AdamOptimizer(p, p.dup(), 0, B1, B2, EPS))
                .hasMessageContaining("learningRate");
    }
}

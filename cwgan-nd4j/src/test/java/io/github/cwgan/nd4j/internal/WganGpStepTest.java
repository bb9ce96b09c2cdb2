package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.nd4j.internal.ActivationFunction.Kind;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class WganGpStepTest {
    static final int DATA = 3;
    static final int COND = 2;
    static final int NOISE = 3;
    static final int BATCH = 4;

    /** A critic 5 -> 5 -> 4 -> 1 and a generator 5 -> 5 -> 4 -> 3 with the given activations. */
    static final class Setup implements AutoCloseable {
        final DenseStack generator;
        final DenseStack critic;
        final WganGpStep step;

        Setup(ActivationFunction hidden, ActivationFunction criticOut, ActivationFunction genOut,
                double dropout, double lambda, DataType type, long seed) {
            ActivationFunction[] acts = {hidden, hidden};
            double[] p = {dropout, dropout};
            generator = new DenseStack(NOISE + COND, new int[] {5, 4}, acts, p, genOut, DATA, type);
            critic = new DenseStack(DATA + COND, new int[] {5, 4}, acts, p, criticOut, 1, type);
            Rng rng = new Rng(seed);
            generator.initialize(rng);
            critic.initialize(rng);
            step = new WganGpStep(generator, critic, NOISE, COND, BATCH, lambda);
            double[] x = new double[DATA];
            double[] y = new double[COND];
            for (int r = 0; r < BATCH; r++) {
                rng.fillNormal(x);
                rng.fillUniform(y);
                step.setRow(r, x, y);
            }
            step.drawCriticRandomness(rng);
        }

        @Override
        public void close() {
            step.close();
            critic.close();
            generator.close();
        }
    }

    static Setup setup(ActivationFunction hidden, ActivationFunction criticOut,
            ActivationFunction genOut, double dropout) {
        return new Setup(hidden, criticOut, genOut, dropout, 10.0, DataType.DOUBLE, 7);
    }

    static int checkCritic(Setup s) {
        return checkCritic(s, (int) s.critic.parameterCount() / 3);
    }

    /** Asserts the critic gradient matches; at least {@code minNonZero} entries are non-zero. */
    static int checkCritic(Setup s, int minNonZero) {
        s.step.evaluateCritic();
        GradCheck.assertAwayFromKinks(s.critic, s.step.criticTape(), 3 * BATCH);
        double[] analytic = GradCheck.copy(s.critic.gradients());
        double[] generatorGrad = GradCheck.copy(s.generator.gradients());
        int large = GradCheck.assertMatchesFiniteDifferences(s.critic.parameters(), analytic,
                () -> s.step.evaluateCritic().loss());
        assertThat(large).isGreaterThanOrEqualTo(minNonZero);
        assertThat(GradCheck.copy(s.generator.gradients())).containsExactly(generatorGrad);
        return large;
    }

    static void checkGenerator(Setup s) {
        checkGenerator(s, 99);
    }

    /**
     * Like {@link #checkGenerator(Setup)} with the step's noise and masks drawn from {@code
     * randomnessSeed}. On these tiny networks (4 rows, widths 5 and 4) dropout 0.5 in both networks can
     * leave fewer than a third of the generator's parameters any path to the loss; the seed is one
     * whose masks leave most of them one, so that the comparison covers most parameters.
     */
    static void checkGenerator(Setup s, long randomnessSeed) {
        s.step.drawGeneratorRandomness(new Rng(randomnessSeed));
        double[] criticGrad = GradCheck.copy(s.critic.gradients());
        double[] criticParams = GradCheck.copy(s.critic.parameters());
        s.step.evaluateGenerator();
        GradCheck.assertAwayFromKinks(s.generator, s.step.generatorTape(), BATCH);
        GradCheck.assertAwayFromKinks(s.critic, s.step.criticTape(), BATCH);
        double[] analytic = GradCheck.copy(s.generator.gradients());
        int large = GradCheck.assertMatchesFiniteDifferences(s.generator.parameters(), analytic,
                s.step::evaluateGenerator);
        assertThat(large).isGreaterThan(analytic.length / 3);
        assertThat(GradCheck.copy(s.critic.gradients())).containsExactly(criticGrad);
        assertThat(GradCheck.copy(s.critic.parameters())).containsExactly(criticParams);
    }

    static void checkCritic(ActivationFunction hidden) {
        try (Setup s = setup(hidden, ActivationFunction.identity(), ActivationFunction.identity(), 0)) {
            checkCritic(s);
        }
    }

    static void checkGenerator(ActivationFunction hidden) {
        try (Setup s = setup(hidden, ActivationFunction.identity(), ActivationFunction.identity(), 0)) {
            checkGenerator(s);
        }
    }

    @Test
    void criticGradient_relu_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.relu());
    }

    @Test
    void criticGradient_leakyRelu_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.leakyRelu(0.2));
    }

    @Test
    void criticGradient_tanh_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.tanh());
    }

    @Test
    void criticGradient_sigmoid_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.sigmoid());
    }

    @Test
    void criticGradient_elu_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.elu(0.7));
    }

    @Test
    void criticGradient_softplus_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.softplus());
    }

    @Test
    void criticGradient_identity_matchesFiniteDifferences() {
        checkCritic(ActivationFunction.identity());
    }

    @Test
    void criticGradient_smoothOutputActivations_matchesFiniteDifferences() {
        for (ActivationFunction out : new ActivationFunction[] {ActivationFunction.tanh(),
                ActivationFunction.sigmoid(), ActivationFunction.softplus(), ActivationFunction.elu(1.0)}) {
            try (Setup s = setup(ActivationFunction.relu(), out, ActivationFunction.tanh(), 0)) {
                checkCritic(s);
            }
            try (Setup s = setup(ActivationFunction.tanh(), out, ActivationFunction.tanh(), 0)) {
                checkCritic(s);
            }
        }
    }

    @Test
    void criticGradient_withDropoutMasksFixed_matchesFiniteDifferences() {
        for (ActivationFunction hidden : new ActivationFunction[] {ActivationFunction.relu(),
                ActivationFunction.tanh(), ActivationFunction.softplus()}) {
            try (Setup s = setup(hidden, ActivationFunction.identity(), ActivationFunction.identity(),
                    0.5)) {
                INDArray mask = s.step.criticTape().mask(0);
                assertThat(mask.getRow(0).toDoubleVector()).contains(0.0);
                assertThat(mask.ravel().toDoubleVector()).containsOnly(0.0, 2.0);
                checkCritic(s);
            }
        }
    }

    @Test
    void generatorGradient_relu_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.relu());
    }

    @Test
    void generatorGradient_leakyRelu_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.leakyRelu(0.2));
    }

    @Test
    void generatorGradient_tanh_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.tanh());
    }

    @Test
    void generatorGradient_sigmoid_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.sigmoid());
    }

    @Test
    void generatorGradient_elu_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.elu(0.7));
    }

    @Test
    void generatorGradient_softplus_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.softplus());
    }

    @Test
    void generatorGradient_identity_matchesFiniteDifferences() {
        checkGenerator(ActivationFunction.identity());
    }

    @Test
    void generatorGradient_smoothOutputsAndDropout_matchesFiniteDifferences() {
        try (Setup s = setup(ActivationFunction.relu(), ActivationFunction.sigmoid(),
                ActivationFunction.tanh(), 0.5)) {
            checkGenerator(s, 4);
        }
        try (Setup s = setup(ActivationFunction.elu(1.0), ActivationFunction.softplus(),
                ActivationFunction.sigmoid(), 0.3)) {
            checkGenerator(s, 4);
        }
    }

    @Test
    void penaltyGradient_alone_isNonZeroAndMatchesFiniteDifferences() {
        for (ActivationFunction hidden : new ActivationFunction[] {ActivationFunction.relu(),
                ActivationFunction.tanh()}) {
            try (Setup s = new Setup(hidden, ActivationFunction.identity(),
                    ActivationFunction.identity(), 0.0, 1.0, DataType.DOUBLE, 11)) {
                s.step.setWassersteinTerms(false);
                WganGpStep.CriticLoss loss = s.step.evaluateCritic();
                assertThat(loss.loss()).isEqualTo(loss.penalty()).isGreaterThan(1e-3);
                double norm = s.critic.gradients().norm2Number().doubleValue();
                assertThat(norm).isGreaterThan(1e-2);
                // ReLU: biases and the condition columns of W_0 get no penalty gradient, 17 entries do.
                checkCritic(s, 15);
                if (hidden.kind() == Kind.RELU) {
                    // a'' = 0 everywhere: the penalty reaches weights only, never biases.
                    for (int k = 0; k < s.critic.layerCount(); k++) {
                        assertThat(s.critic.biasGradient(k).toDoubleVector()).containsOnly(0.0);
                    }
                }
            }
        }
    }

    @Test
    void penaltyGradient_scalesWithLambda() {
        try (Setup s = setup(ActivationFunction.tanh(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            s.step.setWassersteinTerms(false);
            s.step.setLambda(1);
            double p1 = s.step.evaluateCritic().penalty();
            double[] g1 = GradCheck.copy(s.critic.gradients());
            s.step.setLambda(3);
            double p3 = s.step.evaluateCritic().penalty();
            double[] g3 = GradCheck.copy(s.critic.gradients());
            assertThat(p3).isCloseTo(3 * p1, within(1e-12));
            for (int i = 0; i < g1.length; i++) {
                assertThat(g3[i]).isCloseTo(3 * g1[i], within(1e-12));
            }
        }
    }

    @Test
    void criticLoss_terms_areConsistent() {
        try (Setup s = setup(ActivationFunction.relu(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            WganGpStep.CriticLoss l = s.step.evaluateCritic();
            INDArray out = s.step.criticTape().output();
            double real = 0;
            double fake = 0;
            for (int r = 0; r < BATCH; r++) {
                real += out.getDouble(r, 0) / BATCH;
                fake += out.getDouble(BATCH + r, 0) / BATCH;
            }
            assertThat(l.meanReal()).isCloseTo(real, within(1e-14));
            assertThat(l.meanFake()).isCloseTo(fake, within(1e-14));
            assertThat(l.wasserstein()).isCloseTo(real - fake, within(1e-14));
            double pen = 0;
            for (int r = 0; r < BATCH; r++) {
                pen += Math.pow(s.step.gradientNorm(r) - 1, 2);
            }
            assertThat(l.penalty()).isCloseTo(10.0 * pen / BATCH, within(1e-12));
            assertThat(l.loss()).isCloseTo(fake - real + l.penalty(), within(1e-12));
        }
    }

    @Test
    void epsilon_differsAcrossBatch_andInterpolatesEachRow() {
        try (Setup s = setup(ActivationFunction.relu(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            s.step.evaluateCritic();
            double[] eps = s.step.epsilon().toDoubleVector();
            assertThat(eps).doesNotHaveDuplicates();
            for (double e : eps) {
                assertThat(e).isBetween(0.0, 1.0);
            }
            INDArray x = s.step.criticTape().input();
            INDArray real = s.step.realData();
            INDArray cond = s.step.conditions();
            INDArray fake = s.step.generatorTape().output();
            for (int r = 0; r < BATCH; r++) {
                for (int j = 0; j < DATA; j++) {
                    double expected = eps[r] * real.getDouble(r, j) + (1 - eps[r]) * fake.getDouble(r, j);
                    assertThat(x.getDouble(2 * BATCH + r, j)).isCloseTo(expected, within(1e-14));
                    assertThat(x.getDouble(BATCH + r, j)).isEqualTo(fake.getDouble(r, j));
                    assertThat(x.getDouble(r, j)).isEqualTo(real.getDouble(r, j));
                }
                for (int j = 0; j < COND; j++) {
                    // the condition is not interpolated: every copy of row r carries y_r
                    assertThat(x.getDouble(2 * BATCH + r, DATA + j)).isEqualTo(cond.getDouble(r, j));
                    assertThat(x.getDouble(BATCH + r, DATA + j)).isEqualTo(cond.getDouble(r, j));
                }
            }
        }
    }

    @Test
    void gradientNorms_identicalRows_areIdentical() {
        try (Setup s = setup(ActivationFunction.tanh(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            for (int r = 0; r < BATCH; r++) {
                s.step.setRow(r, new double[] {0.3, -1.2, 0.8}, new double[] {1, 0});
                s.step.noise().putRow(r, s.step.noise().getRow(0).dup());
                s.step.epsilon().putScalar(r, 0, 0.37);
            }
            s.step.evaluateCritic();
            double n0 = s.step.gradientNorm(0);
            assertThat(n0).isGreaterThan(0);
            for (int r = 1; r < BATCH; r++) {
                assertThat(s.step.gradientNorm(r)).isEqualTo(n0);
            }
        }
    }

    @Test
    void gradientNorm_usesDataColumnsOnly() {
        try (Setup s = setup(ActivationFunction.tanh(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            s.step.evaluateCritic();
            INDArray x = s.step.criticTape().input().dup();
            double[] norms = new double[BATCH];
            for (int r = 0; r < BATCH; r++) {
                norms[r] = s.step.gradientNorm(r);
            }
            try (DenseStack.Tape t = s.critic.newTape(1)) {
                INDArray in = t.input();
                for (int r = 0; r < BATCH; r++) {
                    double[] row = x.getRow(2 * BATCH + r).toDoubleVector();
                    double sumData = 0;
                    double sumAll = 0;
                    for (int j = 0; j < DATA + COND; j++) {
                        double h = 1e-6;
                        double[] plus = row.clone();
                        plus[j] += h;
                        double[] minus = row.clone();
                        minus[j] -= h;
                        double gj = (eval(s.critic, t, in, plus) - eval(s.critic, t, in, minus)) / (2 * h);
                        sumAll += gj * gj;
                        if (j < DATA) {
                            sumData += gj * gj;
                        }
                    }
                    double expected = Math.sqrt(sumData + 1e-12);
                    assertThat(norms[r]).isCloseTo(expected, within(1e-7 * expected));
                    assertThat(Math.sqrt(sumAll) - expected).isGreaterThan(1e-4);
                }
            }
            // changing the conditions changes D but not how the norm is taken: still data columns only
            s.step.conditions().muli(0).addi(0.5);
            s.step.evaluateCritic();
            INDArray g0 = s.step.criticTape().inputGradient();
            for (int r = 0; r < BATCH; r++) {
                double sum = 0;
                for (int j = 0; j < DATA; j++) {
                    sum += Math.pow(g0.getDouble(2 * BATCH + r, j), 2);
                }
                assertThat(s.step.gradientNorm(r)).isEqualTo(Math.sqrt(sum + 1e-12));
            }
        }
    }

    private static double eval(DenseStack critic, DenseStack.Tape t, INDArray in, double[] row) {
        for (int j = 0; j < row.length; j++) {
            in.putScalar(0, j, row[j]);
        }
        critic.forward(t, 1, false);
        return t.output().getDouble(0, 0);
    }

    @Test
    void penalty_allZeroCritic_isLambdaWithoutNaN() {
        try (Setup s = setup(ActivationFunction.tanh(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0)) {
            s.critic.parameters().assign(0);
            WganGpStep.CriticLoss l = s.step.evaluateCritic();
            // ||g|| = sqrt(0 + 1e-12) = 1e-6, so the penalty is lambda * (1 - 1e-6)^2
            assertThat(l.penalty()).isCloseTo(10.0, within(10.0 * 2.1e-6));
            assertThat(l.penalty()).isEqualTo(10.0 * Math.pow(1e-6 - 1, 2), within(1e-12));
            assertThat(l.loss()).isEqualTo(l.penalty());
            assertThat(l.wasserstein()).isZero();
            for (double g : s.critic.gradients().toDoubleVector()) {
                assertThat(g).isFinite();
            }
        }
    }

    @Test
    void criticAndGeneratorGradients_floatMatchDouble_forEveryKernel() {
        // ReLU and identity take the float fast path, tanh the generic one; dropout on.
        for (ActivationFunction hidden : new ActivationFunction[] {ActivationFunction.relu(),
                ActivationFunction.tanh()}) {
            try (Setup d = new Setup(hidden, ActivationFunction.identity(),
                            ActivationFunction.identity(), 0.5, 10, DataType.DOUBLE, 5);
                    Setup f = new Setup(hidden, ActivationFunction.identity(),
                            ActivationFunction.identity(), 0.5, 10, DataType.FLOAT, 5)) {
                WganGpStep.CriticLoss ld = d.step.evaluateCritic();
                WganGpStep.CriticLoss lf = f.step.evaluateCritic();
                assertThat(lf.loss()).isCloseTo(ld.loss(), within(1e-4 * Math.abs(ld.loss()) + 1e-5));
                assertClose(f.critic.gradients().toDoubleVector(), d.critic.gradients().toDoubleVector());
                d.step.drawGeneratorRandomness(new Rng(8));
                f.step.drawGeneratorRandomness(new Rng(8));
                assertThat(f.step.evaluateGenerator()).isCloseTo(d.step.evaluateGenerator(),
                        within(1e-5));
                assertClose(f.generator.gradients().toDoubleVector(),
                        d.generator.gradients().toDoubleVector());
            }
        }
    }

    private static void assertClose(double[] actual, double[] expected) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertThat(scale).isGreaterThan(1e-3);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i)
                    .isCloseTo(expected[i], within(1e-4 * Math.abs(expected[i]) + 1e-5 * scale));
        }
    }

    @Test
    void steps_sameSeed_areBitIdentical() {
        double[] a;
        double[] b;
        try (Setup s = new Setup(ActivationFunction.relu(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0.5, 10, DataType.FLOAT, 3)) {
            Rng rng = new Rng(42);
            s.step.criticStep(rng);
            s.step.generatorStep(rng);
            a = GradCheck.copy(s.critic.gradients());
        }
        try (Setup s = new Setup(ActivationFunction.relu(), ActivationFunction.identity(),
                ActivationFunction.identity(), 0.5, 10, DataType.FLOAT, 3)) {
            Rng rng = new Rng(42);
            s.step.criticStep(rng);
            s.step.generatorStep(rng);
            b = GradCheck.copy(s.critic.gradients());
        }
        assertThat(b).containsExactly(a);
    }
}

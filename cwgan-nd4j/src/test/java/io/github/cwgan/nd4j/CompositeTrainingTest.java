package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Composite;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: a model conditioned on a class and a continuous value at once learns the effect of
 * each. The data: x1 = 3t − 1.5 + 0.1 e1 (the continuous value t ~ U[0, 1] moves x1 with slope 3),
 * x2 = 1.5 (k − 1) + 0.1 e2 (the class k ∈ {0, 1, 2} moves x2).
 */
class CompositeTrainingTest {

    static final double SLOPE = 3.0;
    static final double CLASS_STEP = 1.5;

    @Test
    void classAndContinuousValue_bothTakeEffect_measured() {
        Composite condition = Composite.of(OneHot.of(3), Continuous.scalar("t"));
        SplittableRandom r = new SplittableRandom(17);
        int n = 3000;
        float[][] rows = new float[n][];
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i % 3;
            double t = r.nextDouble();
            rows[i] = new float[] {(float) (SLOPE * t - 1.5 + 0.1 * r.nextGaussian()),
                    (float) (CLASS_STEP * (k - 1) + 0.1 * r.nextGaussian())};
            values.add(List.of(k, t));
        }
        var data = ConditionalDataset.of(condition, rows, values);
        var wgan = ConditionalWgan.builder().dataDimension(2).noiseDimension(4).condition(condition)
                .generator(Mlp.hidden(64, 64)).critic(Mlp.hidden(64, 64)).gradientPenalty(1.0)
                .optimizer(Adam.of(1e-3, 0.5, 0.9)).batchSize(64).seed(3).build();
        try (TrainedWgan<List<Object>> m = wgan.fit(data, 1000)) {
            double[] ts = {0.1, 0.3, 0.5, 0.7, 0.9};
            for (int k = 0; k < 3; k++) {
                double[] meanX1 = new double[ts.length];
                double meanX2 = 0;
                for (int j = 0; j < ts.length; j++) {
                    float[][] xs = m.sample(List.of(k, ts[j]), 2000, 100 + j);
                    for (float[] x : xs) {
                        meanX1[j] += x[0] / xs.length;
                        meanX2 += x[1] / xs.length / ts.length;
                    }
                }
                // The class's effect: x2's mean sits at 1.5 (k − 1), whatever t.
                assertThat(meanX2).as("mean x2 of class " + k).isCloseTo(CLASS_STEP * (k - 1), within(0.25));
                // The continuous value's effect: least-squares slope of mean x1 over t.
                double slope = slope(ts, meanX1);
                assertThat(slope).as("slope of mean x1 over t, class " + k).isCloseTo(SLOPE, within(0.6));
                assertThat(meanX1[2]).as("mean x1 at t = 0.5, class " + k).isCloseTo(0, within(0.3));
            }
        }
    }

    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}

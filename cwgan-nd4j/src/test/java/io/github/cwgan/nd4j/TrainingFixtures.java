package io.github.cwgan.nd4j;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.data.CsvReader;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The 10-Gaussian data and small, quick configurations for training tests. */
final class TrainingFixtures {

    private static ConditionalDataset<Integer> tenGaussians;

    private TrainingFixtures() {
    }

    /** The experiment's data set (10 000 rows, 10 classes), read once. */
    static synchronized ConditionalDataset<Integer> tenGaussians() {
        if (tenGaussians == null) {
            try (var in = new InputStreamReader(TrainingFixtures.class.getResourceAsStream("/ten-gaussians.csv"),
                    StandardCharsets.UTF_8)) {
                tenGaussians = CsvReader.of(OneHot.of(10)).read(in, "ten-gaussians.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tenGaussians;
    }

    /** A small model on the 10 Gaussians that learns within a few seconds. */
    static ConditionalWgan.Builder<Integer> small(long seed) {
        return ConditionalWgan.builder()
                .dataDimension(2)
                .noiseDimension(8)
                .condition(OneHot.of(10))
                .generator(Mlp.hidden(64, 64))
                .critic(Mlp.hidden(64, 64).dropout(0, 0.2))
                .criticIterations(5)
                .gradientPenalty(1.0)
                .optimizer(Adam.of(1e-3, 0.5, 0.9))
                .batchSize(64)
                .seed(seed);
    }

    /** The true class means of the data set (centres on a circle of radius 2). */
    static double[][] trueMeans() {
        double[][] m = new double[10][2];
        for (int k = 0; k < 10; k++) {
            m[k][0] = 2 * Math.cos(2 * Math.PI * k / 10);
            m[k][1] = 2 * Math.sin(2 * Math.PI * k / 10);
        }
        return m;
    }
}

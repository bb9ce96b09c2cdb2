package com.example.cwgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.condition.ConditionType;
import io.github.cwgan.condition.ConditionTypes;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user-defined condition, written outside the library's packages against its public API only: an
 * angle encoded as (sin θ, cos θ), so that θ and θ + 2π are the same condition. Trained with, saved
 * and loaded through {@link ConditionTypes#register}.
 */
class CyclicConditionTest {

    /** An angle in radians, any finite value; {@code period} is 2π. */
    record Cyclic(double period) implements Condition<Double> {

        static final String TYPE = "com.example.cyclic";

        @Override
        public String typeName() {
            return TYPE;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Class<Double> valueType() {
            return Double.class;
        }

        @Override
        public void validate(Double value) {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("an angle must be a finite number, was " + value);
            }
        }

        @Override
        public void encode(Double value, float[] target, int offset) {
            validate(value);
            double a = 2 * Math.PI * value / period;
            target[offset] = (float) Math.sin(a);
            target[offset + 1] = (float) Math.cos(a);
        }

        @Override
        public Double parse(List<String> fields) {
            return Double.parseDouble(fields.get(0).strip());
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("period", period);
        }
    }

    /** Reads {@code "com.example.cyclic"} from model files. */
    static final class CyclicType implements ConditionType {
        @Override
        public String name() {
            return Cyclic.TYPE;
        }

        @Override
        public Condition<?> create(Map<String, Object> parameters) {
            if (!(parameters.get("period") instanceof Number p)) {
                throw new IllegalArgumentException("cyclic parameter 'period' must be a number");
            }
            return new Cyclic(p.doubleValue());
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void register() {
        ConditionTypes.register(new CyclicType());
    }

    /** Points on a circle of radius 2 at angle θ (in [0, 2π)), with a little noise. */
    private static ConditionalDataset<Double> circle(Cyclic condition) {
        SplittableRandom r = new SplittableRandom(23);
        int n = 3000;
        float[][] rows = new float[n][];
        List<Double> angles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double theta = 2 * Math.PI * r.nextDouble();
            rows[i] = new float[] {(float) (2 * Math.cos(theta) + 0.1 * r.nextGaussian()),
                    (float) (2 * Math.sin(theta) + 0.1 * r.nextGaussian())};
            angles.add(theta);
        }
        return ConditionalDataset.of(condition, rows, angles);
    }

    private static double[] mean(float[][] xs) {
        double[] m = new double[2];
        for (float[] x : xs) {
            m[0] += x[0] / xs.length;
            m[1] += x[1] / xs.length;
        }
        return m;
    }

    @Test
    void cyclicCondition_trains_savesAndLoads_throughRegister() throws Exception {
        Cyclic cyclic = new Cyclic(2 * Math.PI);
        var wgan = ConditionalWgan.builder().dataDimension(2).noiseDimension(4).condition(cyclic)
                .generator(Mlp.hidden(64, 64)).critic(Mlp.hidden(64, 64)).gradientPenalty(1.0)
                .optimizer(Adam.of(1e-3, 0.5, 0.9)).batchSize(64).seed(1).build();
        Path file = dir.resolve("cyclic.json");
        try (TrainedWgan<Double> m = wgan.fit(circle(cyclic), 1000)) {
            assertThat(m.config().condition()).isEqualTo(cyclic); // the default fit(...) keeps the condition
            for (double theta : new double[] {0.5, 2, 3.5, 5}) {
                double[] c = mean(m.sample(theta, 1000, 4));
                assertThat(Math.hypot(c[0] - 2 * Math.cos(theta), c[1] - 2 * Math.sin(theta)))
                        .as("distance of the mean at θ = " + theta + " to its true mean").isLessThan(0.4);
            }
            // θ and θ + 2π are one condition: the encoding, and so the samples, are the same.
            assertThat(m.sample(1.0, 50, 8)).isDeepEqualTo(m.sample(1.0 + 2 * Math.PI, 50, 8));
            assertThatThrownBy(() -> m.sample(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("an angle must be a finite number, was NaN");

            m.saveCheckpoint(file);
            assertThat(Files.readString(file)).contains("\"type\" : \"com.example.cyclic\"")
                    .doesNotContain("CyclicConditionTest");
            try (TrainedWgan<Double> loaded = TrainedWgan.load(file, Double.class)) {
                assertThat(loaded.config()).isEqualTo(m.config());
                assertThat(loaded.sample(2.0, 100, 5)).isDeepEqualTo(m.sample(2.0, 100, 5));
                // The prior holds the training angles through the default toFields (format) and parse.
                assertThat(loaded.sampleRows(200, 3)).isEqualTo(m.sampleRows(200, 3));
                assertThat(loaded.sampleRows(5000, 3).conditions())
                        .allSatisfy(a -> assertThat(a).isBetween(0.0, 2 * Math.PI));
                double meanAngle = loaded.sampleRows(5000, 3).conditions().stream()
                        .mapToDouble(Double::doubleValue).average().orElseThrow();
                assertThat(meanAngle).isCloseTo(Math.PI, within(0.15));
                try (TrainedWgan<Double> more = loaded.continueTraining(circle(cyclic), 2)) {
                    assertThat(more.iterationsTrained()).isEqualTo(1002);
                }
            }
        }
    }
}

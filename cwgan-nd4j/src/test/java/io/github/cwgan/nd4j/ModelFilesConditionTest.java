package io.github.cwgan.nd4j;

import static io.github.cwgan.nd4j.ModelFixtures.assertSameSnapshot;
import static io.github.cwgan.nd4j.ModelFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.ModelFormatException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.condition.ConditionType;
import io.github.cwgan.condition.ConditionTypes;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A condition type defined by a user round trips through model files by its logical name. */
class ModelFilesConditionTest {

    /**
     * An angle encoded as (sin, cos), in degrees or radians: a condition with a continuous value,
     * parameters of several JSON types, and a type name of its own.
     */
    record Angle(String unit, double period, List<String> labels, Map<String, Object> extra)
            implements Condition<Double> {

        static final String TYPE = "com.example.angle";

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
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("angle must be finite, was " + value);
            }
        }

        @Override
        public void encode(Double value, float[] target, int offset) {
            validate(value);
            double radians = value * 2 * Math.PI / period;
            target[offset] = (float) Math.sin(radians);
            target[offset + 1] = (float) Math.cos(radians);
        }

        @Override
        public Double parse(List<String> fields) {
            return Double.parseDouble(fields.get(0).strip());
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unit", unit);
            p.put("period", period);
            p.put("labels", labels);
            p.put("extra", extra);
            return p;
        }
    }

    /** Reads {@code "com.example.angle"}. */
    static final class AngleType implements ConditionType {
        @Override
        public String name() {
            return Angle.TYPE;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Condition<?> create(Map<String, Object> parameters) {
            if (!(parameters.get("unit") instanceof String unit)) {
                throw new IllegalArgumentException("angle parameter 'unit' must be a string");
            }
            if (!(parameters.get("period") instanceof Number period)) {
                throw new IllegalArgumentException("angle parameter 'period' must be a number");
            }
            return new Angle(unit, period.doubleValue(), (List<String>) parameters.get("labels"),
                    (Map<String, Object>) parameters.get("extra"));
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void register() {
        ConditionTypes.register(new AngleType());
    }

    private static WganConfig<Double> angleConfig() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("big", 1L << 40);
        extra.put("small", 3);
        extra.put("flag", true);
        extra.put("nothing", null);
        extra.put("nested", List.of(List.of(1.5, "x"), Map.of("k", false)));
        Angle angle = new Angle("degrees", 360.0, List.of("north", "east"), extra);
        return new WganConfig<>(2, 4, angle, Mlp.hidden(8), Mlp.hidden(8), 5, 10.0, Adam.defaults(), Adam.defaults(),
                16, 7L, BatchSampling.WITH_REPLACEMENT, 0.0);
    }

    @Test
    void userDefinedCondition_roundTrips_byItsLogicalName() throws IOException {
        ModelSnapshot s = snapshot(angleConfig(), true, 3L);
        Path file = dir.resolve("angle.json");
        ModelFiles.write(file, s);
        assertThat(Files.readString(file)).contains("\"type\" : \"com.example.angle\"")
                .doesNotContain("ModelFilesConditionTest", "Angle");
        ModelSnapshot loaded = ModelFiles.read(file);
        assertSameSnapshot(loaded, s); // config equality includes the condition record's parameters
        assertThat(loaded.config().condition()).isInstanceOf(Angle.class);
        assertThat(((Angle) loaded.config().condition()).extra().get("big")).isEqualTo(1L << 40);
    }

    @Test
    void unregisteredType_isRejected_namingIt() throws IOException {
        ModelSnapshot s = snapshot(angleConfig(), false, 3L);
        Path file = dir.resolve("angle.json");
        ModelFiles.write(file, s);
        Files.writeString(file, Files.readString(file).replace("com.example.angle", "org.example.compass"));
        assertThatThrownBy(() -> ModelFiles.read(file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown condition type 'org.example.compass'")
                .hasMessageContaining("com.example.angle")
                .hasMessageContaining("ConditionTypes.register");
    }

    @Test
    void typeThatRejectsItsParameters_isAModelFormatException() throws IOException {
        Path file = dir.resolve("angle.json");
        ModelFiles.write(file, snapshot(angleConfig(), false, 3L));
        Files.writeString(file, Files.readString(file).replace("\"unit\" : \"degrees\"", "\"unit\" : 360"));
        assertThatThrownBy(() -> ModelFiles.read(file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("config.condition: angle parameter 'unit' must be a string");
    }

    @Test
    void parametersThatJsonCannotHold_areRefusedOnSave() {
        Angle nan = new Angle("degrees", Double.NaN, List.of(), Map.of());
        WganConfig<Double> c = angleConfig();
        WganConfig<Double> config = new WganConfig<>(2, 4, nan, c.generator(), c.critic(), 5, 10.0,
                c.generatorOptimizer(), c.criticOptimizer(), 16, 7L, c.batchSampling(), 0.0);
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("nan.json"), snapshot(config, false, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition parameters.period is NaN");
        Angle odd = new Angle("degrees", 360, List.of(), Map.of("when", new Object()));
        WganConfig<Double> config2 = new WganConfig<>(2, 4, odd, c.generator(), c.critic(), 5, 10.0,
                c.generatorOptimizer(), c.criticOptimizer(), 16, 7L, c.batchSampling(), 0.0);
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("odd.json"), snapshot(config2, false, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition parameters.extra.when is a java.lang.Object");
        assertThat(dir.resolve("nan.json")).doesNotExist();
    }
}

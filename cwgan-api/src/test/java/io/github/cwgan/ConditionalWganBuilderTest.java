package io.github.cwgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.condition.OneHot;
import io.github.cwgan.network.Activation;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalWganBuilderTest {

    private static final Mlp GENERATOR = Mlp.hidden(128, 256, 256);
    private static final Mlp CRITIC = Mlp.hidden(256, 256, 256).dropout(0, 0.5, 0.5);

    /** A builder with every required part set and nothing else. */
    private static ConditionalWgan.Builder<Integer> minimal() {
        return ConditionalWgan.builder()
                .dataDimension(2)
                .condition(OneHot.of(10))
                .generator(GENERATOR)
                .critic(CRITIC);
    }

    // ---- defaults ----

    @Test
    void build_withOnlyRequiredParts_usesPaperDefaults() {
        WganConfig<Integer> c = minimal().build().config();

        assertThat(c.dataDimension()).isEqualTo(2);
        assertThat(c.condition()).isEqualTo(OneHot.of(10));
        assertThat(c.generator()).isEqualTo(GENERATOR);
        assertThat(c.critic()).isEqualTo(CRITIC);
        assertThat(c.gradientPenalty()).isEqualTo(10.0);
        assertThat(c.criticIterations()).isEqualTo(5);
        assertThat(c.generatorOptimizer()).isEqualTo(new Adam(1e-4, 0.5, 0.9, 1e-8));
        assertThat(c.criticOptimizer()).isEqualTo(new Adam(1e-4, 0.5, 0.9, 1e-8));
        assertThat(c.batchSize()).isEqualTo(64);
        assertThat(c.noiseDimension()).isEqualTo(32);
        assertThat(c.seed()).isEqualTo(42L);
        assertThat(c.batchSampling()).isEqualTo(BatchSampling.WITH_REPLACEMENT);
        assertThat(c.generatorAveraging()).isEqualTo(0.0);
        assertThat(c.averagesGenerator()).isFalse();
    }

    @Test
    void defaultConstants_matchDocumentedValues() {
        assertThat(ConditionalWgan.Builder.DEFAULT_GRADIENT_PENALTY).isEqualTo(10.0);
        assertThat(ConditionalWgan.Builder.DEFAULT_CRITIC_ITERATIONS).isEqualTo(5);
        assertThat(ConditionalWgan.Builder.DEFAULT_BATCH_SIZE).isEqualTo(64);
        assertThat(ConditionalWgan.Builder.DEFAULT_NOISE_DIMENSION).isEqualTo(32);
        assertThat(ConditionalWgan.Builder.DEFAULT_SEED).isEqualTo(42L);
    }

    // ---- the README example ----

    @Test
    void readmeExample_yieldsExpectedConfig() {
        var wgan = ConditionalWgan.builder()
                .dataDimension(2)
                .noiseDimension(22)
                .condition(OneHot.of(10))
                .generator(Mlp.hidden(128, 256, 256).activation(Activation.relu()))
                .critic(Mlp.hidden(256, 256, 256).activation(Activation.relu()).dropout(0.5))
                .criticIterations(5)
                .gradientPenalty(0.1)
                .optimizer(Adam.of(5e-5, 0.9, 0.999))
                .batchSize(32)
                .seed(42)
                .build();

        WganConfig<Integer> c = wgan.config();
        assertThat(c.dataDimension()).isEqualTo(2);
        assertThat(c.noiseDimension()).isEqualTo(22);
        assertThat(c.condition()).isEqualTo(OneHot.of(10));
        assertThat(c.generator().hiddenWidths()).containsExactly(128, 256, 256);
        assertThat(c.generator().activations()).containsOnly(Activation.relu()).hasSize(3);
        assertThat(c.generator().dropouts()).containsExactly(0.0, 0.0, 0.0);
        assertThat(c.critic().hiddenWidths()).containsExactly(256, 256, 256);
        assertThat(c.critic().dropouts()).containsExactly(0.5, 0.5, 0.5);
        assertThat(c.critic().outputActivation()).isEqualTo(Activation.identity());
        assertThat(c.criticIterations()).isEqualTo(5);
        assertThat(c.gradientPenalty()).isEqualTo(0.1);
        assertThat(c.generatorOptimizer()).isEqualTo(new Adam(5e-5, 0.9, 0.999, 1e-8));
        assertThat(c.criticOptimizer()).isSameAs(c.generatorOptimizer());
        assertThat(c.batchSize()).isEqualTo(32);
        assertThat(c.seed()).isEqualTo(42L);
        assertThat(c.generatorInputDimension()).isEqualTo(32);
        assertThat(c.criticInputDimension()).isEqualTo(12);
        assertThat(wgan.toString()).startsWith("ConditionalWgan[WganConfig[").contains("noiseDimension=22");
    }

    @Test
    void separateOptimizers_landInTheirFields() {
        var g = Adam.of(2e-4, 0.5, 0.999);
        var d = Adam.of(1e-3, 0.0, 0.9);
        WganConfig<Integer> c = minimal().generatorOptimizer(g).criticOptimizer(d).build().config();

        assertThat(c.generatorOptimizer()).isEqualTo(g);
        assertThat(c.criticOptimizer()).isEqualTo(d);
    }

    @Test
    void inputDimensions_addConditionDimension() {
        WganConfig<Integer> c = minimal().noiseDimension(7).build().config();

        assertThat(c.generatorInputDimension()).isEqualTo(7 + 10);
        assertThat(c.criticInputDimension()).isEqualTo(2 + 10);
    }

    // ---- numeric setters out of range ----

    @Test
    void dataDimension_zero_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().dataDimension(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDimension")
                .hasMessageContaining("was 0");
    }

    @Test
    void dataDimension_negative_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().dataDimension(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDimension")
                .hasMessageContaining("-3");
    }

    @Test
    void dataDimension_aboveMaximum_isRejected() {
        int tooBig = WganConfig.MAX_DIMENSION + 1;
        assertThatThrownBy(() -> ConditionalWgan.builder().dataDimension(tooBig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDimension")
                .hasMessageContaining(String.valueOf(tooBig));
    }

    @Test
    void dataDimension_atMaximum_isAccepted() {
        WganConfig<Integer> c = ConditionalWgan.builder().dataDimension(WganConfig.MAX_DIMENSION)
                .condition(OneHot.of(2)).generator(GENERATOR).critic(CRITIC).build().config();

        assertThat(c.dataDimension()).isEqualTo(1 << 20);
    }

    @Test
    void noiseDimension_zero_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().noiseDimension(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noiseDimension")
                .hasMessageContaining("was 0");
    }

    @Test
    void noiseDimension_negative_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().noiseDimension(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noiseDimension")
                .hasMessageContaining("was -1");
    }

    @Test
    void criticIterations_zero_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().criticIterations(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("criticIterations")
                .hasMessageContaining("was 0");
    }

    @Test
    void criticIterations_aboveMaximum_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().criticIterations(1001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("criticIterations")
                .hasMessageContaining("1000")
                .hasMessageContaining("was 1001");
    }

    @Test
    void criticIterations_one_isAccepted() {
        assertThat(minimal().criticIterations(1).build().config().criticIterations()).isEqualTo(1);
    }

    @Test
    void gradientPenalty_negative_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().gradientPenalty(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty")
                .hasMessageContaining("was -0.5");
    }

    @Test
    void gradientPenalty_nan_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().gradientPenalty(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty")
                .hasMessageContaining("was NaN");
    }

    @Test
    void gradientPenalty_infinite_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().gradientPenalty(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty")
                .hasMessageContaining("was Infinity");
    }

    @Test
    void gradientPenalty_zero_isAccepted() {
        assertThat(minimal().gradientPenalty(0).build().config().gradientPenalty()).isEqualTo(0.0);
    }

    @Test
    void generatorAveraging_outsideZeroToOne_isRejectedWithTheValueAndTheRange() {
        for (double bad : new double[] {-0.1, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> ConditionalWgan.builder().generatorAveraging(bad))
                    .as("decay %s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("generatorAveraging must be in [0, 1)")
                    .hasMessageContaining("was " + bad);
        }
    }

    @Test
    void generatorAveraging_inRange_isKept_andZeroMeansOff() {
        WganConfig<Integer> on = minimal().generatorAveraging(0.999).build().config();
        assertThat(on.generatorAveraging()).isEqualTo(0.999);
        assertThat(on.averagesGenerator()).isTrue();
        assertThat(minimal().generatorAveraging(0).build().config().averagesGenerator()).isFalse();
        assertThat(Double.doubleToRawLongBits(minimal().generatorAveraging(-0.0).build().config()
                .generatorAveraging())).as("-0.0 is stored as 0.0").isZero();
        assertThat(on.withCondition(OneHot.of(3)).generatorAveraging()).isEqualTo(0.999);
        assertThat(ConditionalWgan.of(on).toBuilder().build().config()).isEqualTo(on);
    }

    @Test
    void batchSize_zero_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().batchSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize")
                .hasMessageContaining("was 0");
    }

    @Test
    void batchSize_negative_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.builder().batchSize(-64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize")
                .hasMessageContaining("was -64");
    }

    @Test
    void rejectedValue_doesNotCountAsSet() {
        var b = minimal();
        assertThatThrownBy(() -> b.batchSize(0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(b.batchSize(16).build().config().batchSize()).isEqualTo(16);
    }

    @Test
    void condition_withZeroDimension_isRejected() {
        var empty = new io.github.cwgan.condition.Condition<String>() {
            @Override public String typeName() { return "empty"; }
            @Override public int dimension() { return 0; }
            @Override public Class<String> valueType() { return String.class; }
            @Override public void validate(String value) { }
            @Override public void encode(String value, float[] target, int offset) { }
            @Override public String parse(List<String> fields) { return fields.get(0); }
            @Override public java.util.Map<String, Object> parameters() { return java.util.Map.of(); }
        };
        assertThatThrownBy(() -> ConditionalWgan.builder().condition(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition dimension")
                .hasMessageContaining("was 0");
    }

    @Test
    void nullParts_areRejectedWithTheirName() {
        var b = ConditionalWgan.builder();
        assertThatThrownBy(() -> b.generator(null)).isInstanceOf(NullPointerException.class).hasMessage("generator");
        assertThatThrownBy(() -> b.critic(null)).isInstanceOf(NullPointerException.class).hasMessage("critic");
        assertThatThrownBy(() -> b.condition(null)).isInstanceOf(NullPointerException.class).hasMessage("condition");
        assertThatThrownBy(() -> b.optimizer(null)).isInstanceOf(NullPointerException.class).hasMessage("optimizer");
        assertThatThrownBy(() -> b.batchSampling(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("batchSampling");
    }

    // ---- setting twice ----

    @Test
    void dataDimension_setTwice_isRejected() {
        var b = ConditionalWgan.builder().dataDimension(2);
        assertThatThrownBy(() -> b.dataDimension(3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataDimension was already set");
    }

    @Test
    void everySetter_setTwice_isRejectedNamingTheField() {
        assertTwiceRejected("noiseDimension", b -> b.noiseDimension(8));
        assertTwiceRejected("condition", b -> b.condition(OneHot.of(3)));
        assertTwiceRejected("generator", b -> b.generator(GENERATOR));
        assertTwiceRejected("critic", b -> b.critic(CRITIC));
        assertTwiceRejected("criticIterations", b -> b.criticIterations(3));
        assertTwiceRejected("gradientPenalty", b -> b.gradientPenalty(1));
        assertTwiceRejected("generatorOptimizer", b -> b.generatorOptimizer(Adam.defaults()));
        assertTwiceRejected("criticOptimizer", b -> b.criticOptimizer(Adam.defaults()));
        assertTwiceRejected("batchSize", b -> b.batchSize(8));
        assertTwiceRejected("seed", b -> b.seed(7));
        assertTwiceRejected("batchSampling", b -> b.batchSampling(BatchSampling.WITH_REPLACEMENT));
        assertTwiceRejected("generatorAveraging", b -> b.generatorAveraging(0.99));
    }

    private static void assertTwiceRejected(String field, java.util.function.Consumer<ConditionalWgan.Builder<?>> set) {
        ConditionalWgan.Builder<?> b = ConditionalWgan.builder();
        set.accept(b);
        assertThatThrownBy(() -> set.accept(b))
                .as(field)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(field + " was already set");
    }

    @Test
    void optimizer_thenGeneratorOptimizer_isRejected() {
        var b = ConditionalWgan.builder().optimizer(Adam.defaults());
        assertThatThrownBy(() -> b.generatorOptimizer(Adam.of(1e-3, 0.5, 0.9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("generatorOptimizer was already set by optimizer(...)");
    }

    @Test
    void optimizer_thenCriticOptimizer_isRejected() {
        var b = ConditionalWgan.builder().optimizer(Adam.defaults());
        assertThatThrownBy(() -> b.criticOptimizer(Adam.of(1e-3, 0.5, 0.9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("criticOptimizer was already set by optimizer(...)");
    }

    @Test
    void criticOptimizer_thenOptimizer_isRejected_andLeavesGeneratorOptimizerFree() {
        var g = Adam.of(3e-4, 0.5, 0.9);
        var b = minimal().criticOptimizer(Adam.defaults());
        assertThatThrownBy(() -> b.optimizer(Adam.of(1e-3, 0.5, 0.9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("optimizer(...)")
                .hasMessageContaining("criticOptimizer was already set");

        // the failed call must not have marked the generator's optimizer as set
        assertThat(b.generatorOptimizer(g).build().config().generatorOptimizer()).isEqualTo(g);
    }

    // ---- missing parts ----

    @Test
    void build_withoutDataDimension_isRejected() {
        var b = ConditionalWgan.builder().condition(OneHot.of(10)).generator(GENERATOR).critic(CRITIC);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataDimension(...) is required");
    }

    @Test
    void build_withoutCondition_isRejected() {
        var b = ConditionalWgan.builder().dataDimension(2).generator(GENERATOR).critic(CRITIC);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("condition(...) is required");
    }

    @Test
    void build_withoutGenerator_isRejected() {
        var b = ConditionalWgan.builder().dataDimension(2).condition(OneHot.of(10)).critic(CRITIC);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("generator(...) is required");
    }

    @Test
    void build_withoutCritic_isRejected() {
        var b = ConditionalWgan.builder().dataDimension(2).condition(OneHot.of(10)).generator(GENERATOR);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("critic(...) is required");
    }

    // ---- toBuilder ----

    @Test
    void toBuilder_changingOneValue_keepsTheRest() {
        ConditionalWgan<Integer> original = minimal().noiseDimension(22).gradientPenalty(0.1).seed(7).build();

        ConditionalWgan<Integer> variant = original.toBuilder().batchSize(128).build();

        WganConfig<Integer> o = original.config();
        WganConfig<Integer> v = variant.config();
        assertThat(v.batchSize()).isEqualTo(128);
        assertThat(o.batchSize()).isEqualTo(64);
        assertThat(v).isEqualTo(new WganConfig<>(o.dataDimension(), o.noiseDimension(), o.condition(),
                o.generator(), o.critic(), o.criticIterations(), o.gradientPenalty(),
                o.generatorOptimizer(), o.criticOptimizer(), 128, o.seed(), o.batchSampling(), o.generatorAveraging()));
        assertThat(v.noiseDimension()).isEqualTo(22);
        assertThat(v.gradientPenalty()).isEqualTo(0.1);
        assertThat(v.seed()).isEqualTo(7L);
    }

    @Test
    void toBuilder_unchanged_buildsAnEqualConfig() {
        ConditionalWgan<Integer> original = minimal().criticIterations(3).build();

        assertThat(original.toBuilder().build().config()).isEqualTo(original.config());
    }

    @Test
    void toBuilder_sameValueTwice_isRejected() {
        var b = minimal().build().toBuilder().seed(1);
        assertThatThrownBy(() -> b.seed(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seed was already set");
    }

    @Test
    void toBuilder_canReplaceTheOptimizerOfOneNetwork() {
        ConditionalWgan<Integer> original = minimal().optimizer(Adam.of(5e-5, 0.9, 0.999)).build();

        WganConfig<Integer> v = original.toBuilder().criticOptimizer(Adam.of(1e-3, 0.5, 0.9)).build().config();

        assertThat(v.generatorOptimizer()).isEqualTo(Adam.of(5e-5, 0.9, 0.999));
        assertThat(v.criticOptimizer()).isEqualTo(Adam.of(1e-3, 0.5, 0.9));
    }

    @Test
    void of_wrapsTheGivenConfig() {
        WganConfig<Integer> c = minimal().build().config();

        assertThat(ConditionalWgan.of(c).config()).isSameAs(c);
        assertThatThrownBy(() -> ConditionalWgan.of(null)).isInstanceOf(NullPointerException.class);
    }
}

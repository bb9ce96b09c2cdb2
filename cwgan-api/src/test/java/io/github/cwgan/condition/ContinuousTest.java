package io.github.cwgan.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContinuousTest {

    /** Dimension 0: 1, 2, 3, 4 (mean 2.5, sd sqrt(1.25)); dimension 1: 10, 10, 10, 10 (constant). */
    private static final List<double[]> TRAINING = List.of(
            new double[] {1, 10}, new double[] {2, 10}, new double[] {3, 10}, new double[] {4, 10});

    @Test
    void of_describesTheCondition() {
        Continuous c = Continuous.of(2);
        assertThat(c.typeName()).isEqualTo("continuous");
        assertThat(c.dimension()).isEqualTo(2);
        assertThat(c.fieldCount()).isEqualTo(2);
        assertThat(c.valueType()).isEqualTo(double[].class);
        assertThat(c.isFitted()).isFalse();
        assertThat(c.extrapolationAllowed()).isFalse();
        assertThat(c.classCount()).isZero();
        assertThat(c).hasToString("Continuous.of(2)").isEqualTo(Continuous.of(2)).isNotEqualTo(Continuous.of(3));
        assertThat(Continuous.of("t", "p").names()).containsExactly("t", "p");
        assertThat(Continuous.of("t", "p").name(1)).contains("p");
    }

    @Test
    void of_invalidDimensionOrNames_isRejected() {
        assertThatThrownBy(() -> Continuous.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuous dimension").hasMessageContaining("was 0");
        assertThatThrownBy(() -> Continuous.of("t", "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t' appears twice");
        assertThatThrownBy(() -> Continuous.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void unfitted_encodesTheRawValues_andAcceptsAnyFiniteValue() {
        float[] target = new float[4];
        Continuous.of(2).encode(new double[] {1e6, -3.5}, target, 1);
        assertThat(target).containsExactly(0f, 1e6f, -3.5f, 0f);
    }

    @Test
    void fit_learnsMeanSdAndRange_andKeepsSpec() {
        Continuous fitted = Continuous.of("a", "b").allowExtrapolation().fit(TRAINING);
        assertThat(fitted.isFitted()).isTrue();
        assertThat(fitted.mean()).containsExactly(2.5, 10.0);
        assertThat(fitted.standardDeviation()[0]).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(fitted.standardDeviation()[1]).as("a constant dimension gets sd 1").isEqualTo(1.0);
        assertThat(fitted.min()).containsExactly(1.0, 10.0);
        assertThat(fitted.max()).containsExactly(4.0, 10.0);
        assertThat(fitted.names()).containsExactly("a", "b");
        assertThat(fitted.extrapolationAllowed()).isTrue();
        assertThat(fitted).isNotEqualTo(Continuous.of("a", "b").allowExtrapolation());
        assertThat(fitted.toString()).contains("fitted to range [1.0, 4.0] x [10.0, 10.0]");
    }

    @Test
    void fitted_encodeStandardises() {
        Continuous fitted = Continuous.of(2).fit(TRAINING);
        float[] target = new float[2];
        fitted.encode(new double[] {4, 10}, target, 0);
        assertThat(target[0]).isCloseTo((float) (1.5 / Math.sqrt(1.25)), within(1e-6f));
        assertThat(target[1]).isZero();
        // The training values' encodings have mean 0 and sd 1.
        double sum = 0;
        double squares = 0;
        for (double[] v : TRAINING) {
            fitted.encode(v, target, 0);
            sum += target[0];
            squares += target[0] * target[0];
        }
        assertThat(sum / 4).isCloseTo(0, within(1e-6));
        assertThat(squares / 4).isCloseTo(1, within(1e-6));
    }

    @Test
    void statistics_ofUnfitted_areAnIllegalState() {
        assertThatThrownBy(() -> Continuous.of(1).mean()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not fitted");
    }

    @Test
    void fitted_valueOutsideTheRange_isRejected_namingValueDimensionAndRange() {
        Continuous fitted = Continuous.of("a", "b").fit(TRAINING);
        assertThatThrownBy(() -> fitted.validate(new double[] {4.5, 10}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 4.5 of dimension 0 ('a')")
                .hasMessageContaining("outside the training range [1.0, 4.0]")
                .hasMessageContaining("allowExtrapolation()");
        assertThatThrownBy(() -> fitted.encode(new double[] {2, 9.99}, new float[2], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 9.99 of dimension 1 ('b') is outside the training range [10.0, 10.0]");
        fitted.validate(new double[] {1, 10}); // the ends of the range are inside
        fitted.validate(new double[] {4, 10});
    }

    @Test
    void allowExtrapolation_acceptsValuesOutsideTheRange_andSurvivesFit() {
        Continuous fitted = Continuous.of(2).allowExtrapolation().fit(TRAINING);
        float[] target = new float[2];
        fitted.encode(new double[] {6.5, 12}, target, 0);
        assertThat(target[0]).isCloseTo((float) (4 / Math.sqrt(1.25)), within(1e-6f));
        assertThat(target[1]).isEqualTo(2f);
    }

    @Test
    void wrongDimension_isRejected_namingBoth() {
        assertThatThrownBy(() -> Continuous.of(2).validate(new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must have 2 numbers (dimension 2), had 3: [1.0, 2.0, 3.0]");
        assertThatThrownBy(() -> Continuous.of(2).fit(List.of(new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training value 0").hasMessageContaining("had 1");
    }

    @Test
    void nanOrInfinity_isRejected_namingTheDimension() {
        assertThatThrownBy(() -> Continuous.of("a", "b").validate(new double[] {0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value NaN of dimension 1 ('b') is not finite");
        assertThatThrownBy(() -> Continuous.of(1).fit(List.of(new double[] {1})).validate(
                new double[] {Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value -Infinity of dimension 0 is not finite");
        assertThatThrownBy(() -> Continuous.of(1).validate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void fit_noValues_isRejected() {
        assertThatThrownBy(() -> Continuous.of(1).fit(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one value");
    }

    @Test
    void toFields_parse_roundTripsExactly() {
        Continuous c = Continuous.of(3);
        double[] v = {0.1 + 0.2, -1e-300, 123456789.123456789};
        List<String> fields = c.toFields(v);
        assertThat(fields).hasSize(3);
        assertThat(c.parse(fields)).containsExactly(v);
        assertThat(c.parse(List.of(" 1.5", "2 ", "-3e2"))).containsExactly(1.5, 2.0, -300.0);
    }

    @Test
    void parse_badText_isRejected_namingItAndTheDimension() {
        assertThatThrownBy(() -> Continuous.of("a", "b").parse(List.of("1", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' is not a number (continuous dimension 1 ('b'))");
        assertThatThrownBy(() -> Continuous.of(2).parse(List.of("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read from 2 fields, got 1");
        assertThatThrownBy(() -> Continuous.of(1).parse(List.of("NaN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    }

    @Test
    void parameters_roundTripThroughConditionTypes_fittedOrNot() {
        for (Continuous c : List.of(Continuous.of(2), Continuous.of("a", "b").allowExtrapolation(),
                Continuous.of(2).fit(TRAINING), Continuous.of("a", "b").allowExtrapolation().fit(TRAINING))) {
            Condition<?> again = ConditionTypes.create("continuous", c.parameters());
            assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
        }
        assertThat(Continuous.of(2).fit(TRAINING).parameters())
                .containsEntry("dimension", 2)
                .containsEntry("allowExtrapolation", false)
                .containsEntry("mean", List.of(2.5, 10.0))
                .containsEntry("min", List.of(1.0, 10.0))
                .containsEntry("max", List.of(4.0, 10.0));
    }

    @Test
    void create_invalidParameters_isRejected_namingTheParameter() {
        assertThatThrownBy(() -> ConditionTypes.create("continuous", Map.of("dimension", "two")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuous parameter 'dimension' must be an integer");
        assertThatThrownBy(() -> ConditionTypes.create("continuous", Map.of("dimension", 2, "mean", List.of(1.0),
                "standardDeviation", List.of(1.0, 1.0), "min", List.of(0.0, 0.0), "max", List.of(1.0, 1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuous parameter 'mean' must be a list of 2 numbers");
        assertThatThrownBy(() -> ConditionTypes.create("continuous", Map.of("dimension", 1, "mean", List.of(1.0),
                "standardDeviation", List.of(0.0), "min", List.of(0.0), "max", List.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'standardDeviation' must hold positive numbers");
    }

    @Test
    void isCompatibleWith_ignoresStatisticsAndFlag_butNotDimensionOrNames() {
        Continuous fitted = Continuous.of(2).fit(TRAINING);
        assertThat(fitted.isCompatibleWith(Continuous.of(2))).isTrue();
        assertThat(fitted.isCompatibleWith(Continuous.of(2).allowExtrapolation())).isTrue();
        assertThat(fitted.isCompatibleWith(Continuous.of(3))).isFalse();
        assertThat(fitted.isCompatibleWith(Continuous.of("a", "b"))).isFalse();
        assertThat(fitted.isCompatibleWith(OneHot.of(2))).isFalse();
    }

    @Test
    void classOf_isUnsupported() {
        assertThatThrownBy(() -> Continuous.of(1).classOf(new double[] {1}))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("has no classes");
    }

    // ---- scalar ----

    @Test
    void scalar_takesDoubles_andStandardisesLikeDimensionOne() {
        ContinuousScalar s = Continuous.scalar("c").fit(List.of(0.0, 1.0, 2.0));
        assertThat(s.typeName()).isEqualTo("continuous-scalar");
        assertThat(s.valueType()).isEqualTo(Double.class);
        assertThat(s.name()).contains("c");
        assertThat(s.mean()).isEqualTo(1.0);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-15));
        assertThat(s.min()).isZero();
        assertThat(s.max()).isEqualTo(2.0);
        float[] target = new float[1];
        s.encode(2.0, target, 0);
        assertThat(target[0]).isCloseTo((float) (1 / Math.sqrt(2.0 / 3)), within(1e-6f));
        assertThat(s.toFields(0.30000000000000004)).containsExactly("0.30000000000000004");
        assertThat(s.parse(List.of("0.5"))).isEqualTo(0.5);
        assertThat(s).hasToString("Continuous.scalar(\"c\") fitted to range [0.0, 2.0]");
    }

    @Test
    void scalar_outOfRange_nan_andExtrapolation() {
        ContinuousScalar s = Continuous.scalar().fit(List.of(0.0, 1.0));
        assertThatThrownBy(() -> s.validate(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 1.5 is outside the training range [0.0, 1.0]")
                .hasMessageContaining("Continuous.scalar().allowExtrapolation()");
        assertThatThrownBy(() -> s.validate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value NaN is not finite");
        ContinuousScalar free = Continuous.scalar().allowExtrapolation().fit(List.of(0.0, 1.0));
        free.validate(1.5);
        assertThat(free.extrapolationAllowed()).isTrue();
    }

    @Test
    void scalar_parameters_roundTrip_andCompatibility() {
        for (ContinuousScalar s : List.of(Continuous.scalar(), Continuous.scalar("c").allowExtrapolation(),
                Continuous.scalar().fit(List.of(0.25, 0.75)))) {
            assertThat(ConditionTypes.create("continuous-scalar", s.parameters())).isEqualTo(s);
        }
        assertThat(Continuous.scalar().fit(List.of(1.0, 2.0)).isCompatibleWith(Continuous.scalar())).isTrue();
        assertThat(Continuous.scalar().isCompatibleWith(Continuous.of(1))).isFalse();
        assertThatThrownBy(() -> ConditionTypes.create("continuous-scalar", Continuous.of(2).parameters()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dimension' must be 1, was 2");
    }
}

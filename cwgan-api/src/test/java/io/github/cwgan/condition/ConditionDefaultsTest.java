package io.github.cwgan.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default methods keep existing conditions (OneHot, user conditions) working unchanged. */
class ConditionDefaultsTest {

    @Test
    void userCondition_defaults() {
        Angle a = Angle.degrees();
        assertThat(a.fit(List.of(1.0, 2.0))).isSameAs(a);
        assertThat(a.isCompatibleWith(Angle.degrees())).isTrue();
        assertThat(a.isCompatibleWith(Angle.radians())).isFalse();
        assertThat(a.toFields(90.0)).containsExactly("90.0");
        assertThat(a.fieldCount()).isEqualTo(1);
        assertThat(a.classCount()).isZero();
        assertThatThrownBy(() -> a.classOf(1.0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("has no classes");
    }

    @Test
    void oneHot_classes_toFields_andCompatibility() {
        OneHot colours = OneHot.of("red", "green", "blue");
        assertThat(colours.classCount()).isEqualTo(3);
        assertThat(colours.classOf(2)).isEqualTo(2);
        assertThat(colours.toFields(1)).containsExactly("1");
        assertThat(colours.parse(colours.toFields(1))).isEqualTo(1);
        assertThat(colours.fit(List.of(0, 1))).isSameAs(colours);
        assertThat(OneHot.of(5).isCompatibleWith(OneHot.of(10))).isFalse();
        assertThat(OneHot.of(5).isCompatibleWith(OneHot.of(5))).isTrue();
    }

    @Test
    void oneHot_indexOutOfRange_isRejectedNamingTheValidRange() {
        assertThatThrownBy(() -> OneHot.of(10).encode(10, new float[10], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class index 10 is out of range: valid are 0..9 (one-hot over 10 classes)");
        assertThatThrownBy(() -> OneHot.of(10).classOf(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class index -1 is out of range");
    }
}

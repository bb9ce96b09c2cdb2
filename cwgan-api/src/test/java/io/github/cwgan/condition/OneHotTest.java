package io.github.cwgan.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneHotTest {

    private static final OneHot TEN = OneHot.of(10);
    private static final OneHot COLOURS = OneHot.of("red", "green", "blue");

    @Test
    void of_classes_describesTheCondition() {
        assertThat(TEN.classes()).isEqualTo(10);
        assertThat(TEN.dimension()).isEqualTo(10);
        assertThat(TEN.names()).isEmpty();
        assertThat(TEN.typeName()).isEqualTo("one-hot");
        assertThat(TEN.valueType()).isEqualTo(Integer.class);
        assertThat(TEN).hasToString("OneHot.of(10)").isEqualTo(OneHot.of(10)).isNotEqualTo(OneHot.of(9));
        assertThat(TEN.hashCode()).isEqualTo(OneHot.of(10).hashCode());
    }

    @Test
    void of_zeroClasses_isRejected() {
        assertThatThrownBy(() -> OneHot.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes")
                .hasMessageContaining("was 0");
    }

    @Test
    void of_tooManyClasses_isRejected() {
        assertThatThrownBy(() -> OneHot.of(OneHot.MAX_CLASSES + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classes")
                .hasMessageContaining("was " + (OneHot.MAX_CLASSES + 1));
    }

    // ---- encode ----

    @Test
    void encode_writesExactlyOneOneAtTheIndex() {
        float[] target = new float[10];
        Arrays.fill(target, 7f);

        TEN.encode(3, target, 0);

        assertThat(target).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void encode_atAnOffset_leavesTheRestOfTheTargetAlone() {
        float[] target = new float[15];
        Arrays.fill(target, -1f);

        TEN.encode(9, target, 3);

        assertThat(target).containsExactly(-1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, -1, -1);
    }

    @Test
    void encode_invalidIndex_isRejectedAndTargetUntouched() {
        float[] target = new float[10];
        Arrays.fill(target, 5f);

        assertThatThrownBy(() -> TEN.encode(10, target, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10");
        assertThat(target).containsOnly(5f);
    }

    // ---- validate ----

    @Test
    void validate_negativeIndex_isRejectedNamingValueAndRange() {
        assertThatThrownBy(() -> TEN.validate(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class index -1")
                .hasMessageContaining("0..9");
    }

    @Test
    void validate_indexEqualToClasses_isRejectedNamingValueAndRange() {
        assertThatThrownBy(() -> TEN.validate(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class index 10")
                .hasMessageContaining("0..9");
    }

    @Test
    void validate_null_isRejected() {
        assertThatThrownBy(() -> TEN.validate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("one-hot class index");
    }

    @Test
    void validate_boundaries_areAccepted() {
        TEN.validate(0);
        TEN.validate(9);
    }

    // ---- named classes ----

    @Test
    void namedClasses_indexOfAndName() {
        assertThat(COLOURS.classes()).isEqualTo(3);
        assertThat(COLOURS.names()).containsExactly("red", "green", "blue");
        assertThat(COLOURS.indexOf("green")).isEqualTo(1);
        assertThat(COLOURS.name(2)).contains("blue");
        assertThat(TEN.name(2)).isEmpty();
        assertThat(COLOURS.format(0)).isEqualTo("red");
        assertThat(TEN.format(4)).isEqualTo("4");
        assertThat(COLOURS).hasToString("OneHot.of([red, green, blue])");
    }

    @Test
    void indexOf_unknownName_isRejectedListingTheNames() {
        assertThatThrownBy(() -> COLOURS.indexOf("purple"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'purple'")
                .hasMessageContaining("[red, green, blue]");
    }

    @Test
    void indexOf_onUnnamedClasses_isRejectedPointingToIndices() {
        assertThatThrownBy(() -> TEN.indexOf("red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'red'")
                .hasMessageContaining("0..9");
    }

    @Test
    void namedClasses_blankName_isRejected() {
        assertThatThrownBy(() -> OneHot.of("red", " ", "blue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class name 1")
                .hasMessageContaining("blank");
    }

    @Test
    void namedClasses_nullName_isRejected() {
        assertThatThrownBy(() -> OneHot.of("red", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class name 1")
                .hasMessageContaining("null");
    }

    @Test
    void namedClasses_duplicateName_isRejected() {
        assertThatThrownBy(() -> OneHot.of("red", "green", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'red'")
                .hasMessageContaining("twice");
    }

    @Test
    void namedClasses_none_isRejected() {
        assertThatThrownBy(() -> OneHot.of(List.<String>of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one class");
    }

    @Test
    void namedClasses_arrayMutatedAfterwards_doesNotChangeTheCondition() {
        String[] names = {"a", "b"};
        OneHot c = OneHot.of(names);
        names[0] = "z";

        assertThat(c.names()).containsExactly("a", "b");
        assertThatThrownBy(() -> c.names().set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- parse ----

    @Test
    void parse_index_withSurroundingSpaces() {
        assertThat(TEN.parse(List.of(" 7 "))).isEqualTo(7);
    }

    @Test
    void parse_nameOrIndex_onNamedClasses() {
        assertThat(COLOURS.parse(List.of("blue"))).isEqualTo(2);
        assertThat(COLOURS.parse(List.of("1"))).isEqualTo(1);
    }

    @Test
    void parse_garbage_isRejectedNamingTextAndRange() {
        assertThatThrownBy(() -> TEN.parse(List.of("seven")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'seven'")
                .hasMessageContaining("0..9");
    }

    @Test
    void parse_unknownNameOnNamedClasses_listsNamesAndIndices() {
        assertThatThrownBy(() -> COLOURS.parse(List.of("purple")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'purple'")
                .hasMessageContaining("[red, green, blue]")
                .hasMessageContaining("0..2");
    }

    @Test
    void parse_outOfRangeIndex_isRejected() {
        assertThatThrownBy(() -> TEN.parse(List.of("10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class index 10")
                .hasMessageContaining("0..9");
    }

    @Test
    void parse_decimal_isRejected() {
        assertThatThrownBy(() -> TEN.parse(List.of("3.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'3.0'");
    }

    @Test
    void parse_twoFields_isRejected() {
        assertThatThrownBy(() -> TEN.parse(List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 field, got 2");
    }

    // ---- parameters ----

    @Test
    void parameters_unnamed() {
        assertThat(TEN.parameters()).containsExactly(Map.entry("classes", 10));
    }

    @Test
    void parameters_named() {
        assertThat(COLOURS.parameters())
                .containsEntry("classes", 3)
                .containsEntry("names", List.of("red", "green", "blue"));
    }
}

package io.github.cwgan.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConditionTypesTest {

    @BeforeAll
    static void registerAngle() {
        // registering the same type class again is allowed, so this is safe in a shared JVM
        ConditionTypes.register(new Angle.Type());
    }

    @Test
    void create_oneHot_roundTripsParameters() {
        OneHot original = OneHot.of(10);

        Condition<?> recreated = ConditionTypes.create(original.typeName(), original.parameters());

        assertThat(recreated).isEqualTo(original);
    }

    @Test
    void create_namedOneHot_roundTripsParameters() {
        OneHot original = OneHot.of("red", "green", "blue");

        Condition<?> recreated = ConditionTypes.create("one-hot", original.parameters());

        assertThat(recreated).isEqualTo(original);
        assertThat(((OneHot) recreated).indexOf("blue")).isEqualTo(2);
    }

    @Test
    void create_oneHotFromJsonLikeNumbers_acceptsIntegralLongAndDouble() {
        assertThat(ConditionTypes.create("one-hot", Map.of("classes", 4L))).isEqualTo(OneHot.of(4));
        assertThat(ConditionTypes.create("one-hot", Map.of("classes", 4.0))).isEqualTo(OneHot.of(4));
    }

    @Test
    void create_oneHotWithFractionalClasses_isRejected() {
        assertThatThrownBy(() -> ConditionTypes.create("one-hot", Map.of("classes", 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'classes'")
                .hasMessageContaining("2.5");
    }

    @Test
    void create_oneHotWithoutClasses_isRejected() {
        assertThatThrownBy(() -> ConditionTypes.create("one-hot", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'classes'")
                .hasMessageContaining("was null");
    }

    @Test
    void create_oneHotWithWrongNameCount_isRejected() {
        assertThatThrownBy(() -> ConditionTypes.create("one-hot", Map.of("classes", 3, "names", List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'names' has 2 entries")
                .hasMessageContaining("'classes' is 3");
    }

    @Test
    void create_oneHotWithNonStringName_isRejected() {
        assertThatThrownBy(() -> ConditionTypes.create("one-hot", Map.of("classes", 2, "names", List.of("a", 7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'names'")
                .hasMessageContaining("7");
    }

    @Test
    void create_unknownType_isRejectedListingTheNameAndKnownTypes() {
        assertThatThrownBy(() -> ConditionTypes.create("no-such-type", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown condition type 'no-such-type'")
                .hasMessageContaining("one-hot")
                .hasMessageContaining("ConditionTypes.register");
    }

    @Test
    void create_javaClassName_isNotATypeName() {
        assertThatThrownBy(() -> ConditionTypes.create(OneHot.class.getName(), Map.of("classes", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(OneHot.class.getName());
    }

    @Test
    void userCondition_registered_isRecreatedByName() {
        Angle original = Angle.degrees();

        Condition<?> recreated = ConditionTypes.create(Angle.TYPE_NAME, original.parameters());

        assertThat(recreated).isEqualTo(original).isNotEqualTo(Angle.radians());
        assertThat(recreated.valueType()).isEqualTo(Double.class);
    }

    @Test
    void userCondition_encodesContinuousValues() {
        float[] target = new float[3];

        Angle.degrees().encode(90.0, target, 1);

        assertThat(target[0]).isEqualTo(0f);
        assertThat(target[1]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-7f));
        assertThat(target[2]).isCloseTo(0f, org.assertj.core.data.Offset.offset(1e-7f));
        assertThatThrownBy(() -> Angle.radians().validate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void register_sameTypeClassAgain_isAllowed() {
        assertThatCode(() -> ConditionTypes.register(new Angle.Type())).doesNotThrowAnyException();
        assertThatCode(() -> ConditionTypes.register(new OneHot.Type())).doesNotThrowAnyException();
    }

    @Test
    void register_otherTypeUnderABuiltInName_isRejected() {
        ConditionType impostor = new ConditionType() {
            @Override
            public String name() {
                return "one-hot";
            }

            @Override
            public Condition<?> create(Map<String, Object> parameters) {
                return Angle.radians();
            }
        };

        assertThatThrownBy(() -> ConditionTypes.register(impostor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'one-hot'")
                .hasMessageContaining(OneHot.Type.class.getName());
        assertThat(ConditionTypes.create("one-hot", Map.of("classes", 2))).isEqualTo(OneHot.of(2));
    }

    @Test
    void register_otherTypeUnderARegisteredName_isRejected() {
        ConditionType impostor = new ConditionType() {
            @Override
            public String name() {
                return Angle.TYPE_NAME;
            }

            @Override
            public Condition<?> create(Map<String, Object> parameters) {
                return OneHot.of(2);
            }
        };

        assertThatThrownBy(() -> ConditionTypes.register(impostor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + Angle.TYPE_NAME + "'")
                .hasMessageContaining(Angle.Type.class.getName());
        assertThat(ConditionTypes.create(Angle.TYPE_NAME, Map.of("unit", "radians"))).isEqualTo(Angle.radians());
    }
}

package io.github.cwgan.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.data.CsvReader;
import io.github.cwgan.data.DataFormatException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeTest {

    /** A class of three and two continuous values. */
    private static final Composite SHOP = Composite.of(OneHot.of("north", "east", "south"), Continuous.of(2));
    private static final Composite CLASS_AND_SCALAR = Composite.of(OneHot.of(3), Continuous.scalar("t"));

    @Test
    void of_describesTheCondition() {
        assertThat(SHOP.typeName()).isEqualTo("composite");
        assertThat(SHOP.dimension()).isEqualTo(5);
        assertThat(SHOP.fieldCount()).isEqualTo(3);
        assertThat(SHOP.parts()).containsExactly(OneHot.of("north", "east", "south"), Continuous.of(2));
        assertThat(SHOP.valueType()).isEqualTo(List.class);
        assertThat(SHOP).hasToString("Composite.of(OneHot.of([north, east, south]), Continuous.of(2))")
                .isEqualTo(Composite.of(OneHot.of("north", "east", "south"), Continuous.of(2)))
                .isNotEqualTo(Composite.of(OneHot.of(3), Continuous.of(2)));
        assertThatThrownBy(Composite::of).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one part");
    }

    @Test
    void encode_writesThePartsSideBySide() {
        float[] target = new float[7];
        SHOP.encode(List.of(1, new double[] {2.5, -1}), target, 1);
        assertThat(target).containsExactly(0f, 0f, 1f, 0f, 2.5f, -1f, 0f);
    }

    @Test
    void validate_namesThePartIndexAndType() {
        assertThatThrownBy(() -> SHOP.validate(List.of(3, new double[] {0, 0})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 0 (one-hot): class index 3 is out of range: valid are 0..2");
        assertThatThrownBy(() -> SHOP.validate(List.of(0, new double[] {0})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 1 (continuous): a continuous value must have 2 numbers");
        assertThatThrownBy(() -> SHOP.validate(List.of(0, new double[] {0, Double.NaN})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 1 (continuous): value NaN of dimension 1 is not finite");
        assertThatThrownBy(() -> CLASS_AND_SCALAR.validate(List.of(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 1 (continuous-scalar): expected a value of type java.lang.Double, "
                        + "was java.lang.Integer 1");
        assertThatThrownBy(() -> SHOP.validate(List.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one value per part (2: [one-hot, continuous]), had 1");
    }

    @Test
    void fit_fitsEveryPart_andRangeErrorsNameThePart() {
        Composite fitted = CLASS_AND_SCALAR.fit(List.of(List.of(0, 0.0), List.of(1, 2.0), List.of(2, 4.0)));
        ContinuousScalar t = (ContinuousScalar) fitted.parts().get(1);
        assertThat(t.mean()).isEqualTo(2.0);
        assertThat(t.max()).isEqualTo(4.0);
        assertThat(fitted.parts().get(0)).isEqualTo(OneHot.of(3));
        float[] target = new float[4];
        fitted.encode(List.of(2, 4.0), target, 0);
        assertThat(target[3]).isCloseTo((float) (2 / Math.sqrt(8.0 / 3)), within(1e-6f));
        assertThatThrownBy(() -> fitted.validate(List.of(0, 5.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 1 (continuous-scalar): value 5.0 is outside the training range [0.0, 4.0]");
        assertThat(fitted.isCompatibleWith(CLASS_AND_SCALAR)).isTrue();
        assertThat(fitted.isCompatibleWith(Composite.of(OneHot.of(4), Continuous.scalar("t")))).isFalse();
        assertThat(fitted.isCompatibleWith(Composite.of(OneHot.of(3)))).isFalse();
    }

    @Test
    void toFields_parse_roundTrip() {
        List<Object> v = List.of(2, new double[] {0.1, 1e-7});
        List<String> fields = SHOP.toFields(v);
        assertThat(fields).containsExactly("2", "0.1", "1.0E-7");
        List<Object> back = SHOP.parse(fields);
        assertThat(back.get(0)).isEqualTo(2);
        assertThat((double[]) back.get(1)).containsExactly(0.1, 1e-7);
        assertThat(SHOP.format(v)).isEqualTo("[south, [0.1, 1.0E-7]]");
        assertThatThrownBy(() -> SHOP.parse(List.of("west", "1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part 0 (one-hot)");
        assertThatThrownBy(() -> SHOP.parse(List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read from 3 fields, got 2");
    }

    @Test
    void parameters_nestTheParts_andRoundTripThroughConditionTypes() {
        Composite fitted = CLASS_AND_SCALAR.fit(List.of(List.of(0, 0.0), List.of(1, 2.0)));
        for (Composite c : List.of(SHOP, fitted, Composite.of(Composite.of(OneHot.of(2)), Continuous.of(1)))) {
            assertThat(ConditionTypes.create("composite", c.parameters())).isEqualTo(c);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) SHOP.parameters().get("parts")).get(0);
        assertThat(first).containsEntry("type", "one-hot")
                .containsEntry("parameters", OneHot.of("north", "east", "south").parameters());
        assertThatThrownBy(() -> ConditionTypes.create("composite", Map.of("parts", List.of(Map.of("type", "nope")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("composite parts[0]: unknown condition type 'nope'");
    }

    @Test
    void classes_comeFromTheOnlyPartWithClasses() {
        assertThat(SHOP.classCount()).isEqualTo(3);
        assertThat(SHOP.classOf(List.of(2, new double[] {0, 0}))).isEqualTo(2);
        Composite two = Composite.of(OneHot.of(2), OneHot.of(3));
        assertThat(two.classCount()).isZero();
        assertThatThrownBy(() -> two.classOf(List.of(0, 0))).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("exactly one part must have classes");
        assertThat(Composite.of(Continuous.of(1)).classCount()).isZero();
    }

    @Test
    void csvReader_readsThePartsFromTheirColumns() throws Exception {
        String csv = "x,region,t1,t2\n0.5,east,1.0,2.0\n-1,0,3,4\n";
        ConditionalDataset<List<Object>> d = CsvReader.of(SHOP).dataColumns("x")
                .conditionColumns("region", "t1", "t2").read(new StringReader(csv), "shop.csv");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.conditionValue(0).get(0)).isEqualTo(1);
        assertThat((double[]) d.conditionValue(1).get(1)).containsExactly(3.0, 4.0);
        String bad = "x,region,t1,t2\n0.5,east,1.0,NaN\n";
        assertThatThrownBy(() -> CsvReader.of(SHOP).dataColumns("x").conditionColumns("region", "t1", "t2")
                .read(new StringReader(bad), "bad.csv"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad.csv: row 1")
                .hasMessageContaining("part 1 (continuous): value NaN of dimension 1 is not finite");
    }
}

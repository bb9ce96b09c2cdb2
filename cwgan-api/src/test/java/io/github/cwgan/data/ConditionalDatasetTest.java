package io.github.cwgan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.condition.Angle;
import io.github.cwgan.condition.OneHot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalDatasetTest {

    private static final OneHot TEN = OneHot.of(10);

    private static ConditionalDataset<Integer> threeRows() {
        return ConditionalDataset.of(TEN, new float[][] {{0.1f, 2.0f}, {1.5f, -0.3f}, {-4f, 8f}}, List.of(3, 7, 0));
    }

    @Test
    void of_keepsRowsAndConditions() {
        ConditionalDataset<Integer> d = threeRows();

        assertThat(d.size()).isEqualTo(3);
        assertThat(d.dataDimension()).isEqualTo(2);
        assertThat(d.condition()).isEqualTo(TEN);
        assertThat(d.row(1)).containsExactly(1.5f, -0.3f);
        assertThat(d.conditionValue(1)).isEqualTo(7);
        assertThat(d.conditionValues()).containsExactly(3, 7, 0);
        assertThat(d.rows()).isDeepEqualTo(new float[][] {{0.1f, 2.0f}, {1.5f, -0.3f}, {-4f, 8f}});
        assertThat(d.toFlatArray()).containsExactly(0.1f, 2.0f, 1.5f, -0.3f, -4f, 8f);
        assertThat(d).hasToString("ConditionalDataset[3 rows of 2, condition OneHot.of(10)]");
    }

    @Test
    void of_copiesTheInput() {
        float[][] rows = {{1f, 2f}, {3f, 4f}};
        List<Integer> labels = new ArrayList<>(List.of(1, 2));
        ConditionalDataset<Integer> d = ConditionalDataset.of(TEN, rows, labels);

        rows[0][0] = 99f;
        rows[1] = new float[] {7f, 7f};
        labels.set(0, 9);

        assertThat(d.row(0)).containsExactly(1f, 2f);
        assertThat(d.row(1)).containsExactly(3f, 4f);
        assertThat(d.conditionValue(0)).isEqualTo(1);
    }

    @Test
    void accessors_returnCopies() {
        ConditionalDataset<Integer> d = threeRows();

        d.row(0)[0] = 99f;
        d.rows()[1][1] = 99f;
        d.toFlatArray()[5] = 99f;

        assertThat(d.row(0)).containsExactly(0.1f, 2.0f);
        assertThat(d.row(1)).containsExactly(1.5f, -0.3f);
        assertThat(d.row(2)).containsExactly(-4f, 8f);
        assertThatThrownBy(() -> d.conditionValues().set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void row_outOfRange_isRejected() {
        assertThatThrownBy(() -> threeRows().row(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void encodedConditions_oneHotPerRow() {
        float[] enc = threeRows().encodedConditions();

        assertThat(enc).hasSize(30);
        float[] expected = new float[30];
        expected[3] = 1f;       // row 0, class 3
        expected[10 + 7] = 1f;  // row 1, class 7
        expected[20] = 1f;      // row 2, class 0
        assertThat(enc).containsExactly(expected);
    }

    @Test
    void encodedConditions_userCondition() {
        var d = ConditionalDataset.of(Angle.degrees(), new float[][] {{1f}, {2f}}, List.of(0.0, 90.0));

        float[] enc = d.encodedConditions();

        assertThat(enc).hasSize(4);
        assertThat(enc[0]).isEqualTo(0f);             // sin 0
        assertThat(enc[1]).isEqualTo(1f);             // cos 0
        assertThat(enc[2]).isEqualTo(1f);             // sin 90°
        assertThat(Math.abs(enc[3])).isLessThan(1e-7f); // cos 90°
    }

    @Test
    void of_empty_isRejected() {
        assertThatThrownBy(() -> ConditionalDataset.of(TEN, new float[0][], List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one row")
                .hasMessageContaining("had 0");
    }

    @Test
    void of_emptyFirstRow_isRejected() {
        assertThatThrownBy(() -> ConditionalDataset.of(TEN, new float[][] {{}}, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0")
                .hasMessageContaining("at least one value");
    }

    @Test
    void of_raggedRow_isRejectedNamingTheRow() {
        float[][] rows = {{1f, 2f}, {3f, 4f}, {5f, 6f, 7f}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2 has 3 values")
                .hasMessageContaining("expected 2");
    }

    @Test
    void of_nullRow_isRejectedNamingTheRow() {
        float[][] rows = {{1f, 2f}, null};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 has no values");
    }

    @Test
    void of_nan_isRejectedNamingRowAndColumn() {
        float[][] rows = {{1f, 2f}, {3f, Float.NaN}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 1 is NaN");
    }

    @Test
    void of_infinity_isRejectedNamingRowAndColumn() {
        float[][] rows = {{Float.NEGATIVE_INFINITY, 2f}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0, column 0 is -Infinity");
    }

    @Test
    void of_invalidConditionValue_isRejectedNamingRowAndValue() {
        float[][] rows = {{1f}, {2f}, {3f}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1, 2, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("class index 10")
                .hasMessageContaining("0..9");
    }

    @Test
    void of_negativeConditionValue_isRejectedNamingRowAndValue() {
        assertThatThrownBy(() -> ConditionalDataset.of(TEN, new float[][] {{1f}}, List.of(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0")
                .hasMessageContaining("class index -1");
    }

    @Test
    void of_nullConditionValue_isRejectedNamingTheRow() {
        float[][] rows = {{1f}, {2f}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, Arrays.asList(1, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1")
                .hasMessageContaining("null");
    }

    @Test
    void of_countMismatch_isRejectedNamingBothCounts() {
        float[][] rows = {{1f}, {2f}, {3f}};

        assertThatThrownBy(() -> ConditionalDataset.of(TEN, rows, List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3)")
                .hasMessageContaining("had 2");
    }
}

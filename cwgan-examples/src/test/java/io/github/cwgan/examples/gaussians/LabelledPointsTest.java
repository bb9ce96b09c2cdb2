package io.github.cwgan.examples.gaussians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelledPointsTest {

    @Test
    void tenGaussians_resource_has1000PointsPerClass() {
        LabelledPoints data = LabelledPoints.tenGaussians();

        assertThat(data.size()).isEqualTo(10_000);
        assertThat(data.classes()).isEqualTo(10);
        int[] counts = new int[10];
        for (int label : data.labels()) {
            counts[label]++;
        }
        assertThat(counts).containsOnly(1000);
        assertThat(data.points()[0]).containsExactly(1.53990976f, -0.953644729f);
    }

    @Test
    void points_areCopies() {
        float[][] points = {{1, 2}};
        LabelledPoints data = new LabelledPoints(points, new int[] {0});

        points[0][0] = 99;
        data.points()[0][1] = 99;

        assertThat(data.points()[0]).containsExactly(1f, 2f);
    }

    @Test
    void read_textInCoordinate_namesRowAndColumn() {
        String csv = "x1,x2,label\n0,0,0\n1,x,1\n";

        assertThatThrownBy(() -> LabelledPoints.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "data.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("data.csv: row 2 (line 3), column 'x2': 'x' is not a number");
    }

    @Test
    void constructor_lengthsDiffer_isRejected() {
        assertThatThrownBy(() -> new LabelledPoints(new float[2][2], new int[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
    }
}

package io.github.cwgan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The continuous and imbalanced commands run end to end (a few iterations) and write their outputs. */
class CommandsSmokeTest {

    @TempDir
    Path dir;

    @Test
    void continuous_writesMetricsFiguresAndModel() {
        Path out = dir.resolve("continuous");
        int status = Main.run("continuous", "--iterations", "3", "--rows", "300", "--samples", "50", "--out",
                out.toString());
        assertThat(status).isZero();
        for (String f : new String[] {"metrics.json", "real-data.png", "samples.png", "ellipses.png", "losses.png",
                "model.json"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void imbalanced_writesMetricsAndFigures() {
        Path out = dir.resolve("imbalanced");
        int status = Main.run("imbalanced", "--iterations", "2", "--out", out.toString());
        assertThat(status).isZero();
        for (String f : new String[] {"metrics.json", "real-data.png", "samples-without-balancing.png",
                "samples-with-balancing.png", "within-3sd.png"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }
}

package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.ModelFormatException;
import io.github.cwgan.TrainedWgan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save/load through the public API: exact round trips, exact resumption in a fresh JVM, the golden file. */
class SaveLoadTest {

    /** A model file written by format version 1 of this library; later versions must keep reading it. */
    static final String GOLDEN_MODEL = "/model-files/format-1-trained-small.json";
    /** Samples the golden model gave when it was written: class c, 5 rows, seed 2024 + c. */
    static final String GOLDEN_SAMPLES = "/model-files/format-1-trained-small-samples.csv";

    @TempDir
    Path dir;

    @Test
    void loadOfSave_samplesExactlyWhatTheModelSamples() throws IOException {
        try (TrainedWgan<Integer> m = TrainingFixtures.small(21).build().fit(TrainingFixtures.tenGaussians(), 40)) {
            Path file = dir.resolve("model.json");
            m.save(file);
            try (TrainedWgan<Integer> loaded = TrainedWgan.load(file, Integer.class)) {
                assertThat(loaded.config()).isEqualTo(m.config());
                assertThat(loaded.iterationsTrained()).isEqualTo(40);
                for (int c = 0; c < 10; c++) {
                    assertThat(loaded.sample(c, 300, 77 + c)).isDeepEqualTo(m.sample(c, 300, 77 + c));
                }
                assertThatThrownBy(() -> loaded.continueTraining(TrainingFixtures.tenGaussians(), 1))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("saveCheckpoint");
                assertThatThrownBy(() -> loaded.score(new float[][] {{0f, 0f}}, List.of(1)))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("critic");
            }
        }
    }

    @Test
    void seedNetworks_modelFile_isUnderOneMegabyte() throws IOException {
        var wgan = io.github.cwgan.ConditionalWgan.builder().dataDimension(2).noiseDimension(22)
                .condition(io.github.cwgan.condition.OneHot.of(10))
                .generator(io.github.cwgan.network.Mlp.hidden(128, 256, 256))
                .critic(io.github.cwgan.network.Mlp.hidden(256, 256, 256).dropout(0, 0.5, 0.5))
                .batchSize(32).build();
        try (TrainedWgan<Integer> m = wgan.fit(TrainingFixtures.tenGaussians(), 1)) {
            Path file = dir.resolve("seed.json");
            m.save(file);
            assertThat(Files.size(file)).isLessThan(1_000_000);
        }
    }

    @Test
    void load_wrongValueType_isRejectedWithBothTypes() throws IOException {
        try (TrainedWgan<Integer> m = TrainingFixtures.small(21).build().fit(TrainingFixtures.tenGaussians(), 1)) {
            Path file = dir.resolve("model.json");
            m.save(file);
            assertThatThrownBy(() -> TrainedWgan.load(file, Double.class)).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("java.lang.Integer").hasMessageContaining("java.lang.Double");
        }
    }

    @Test
    void checkpoint_resumedInAFreshJvm_isBitIdenticalToTrainingInOneGo() throws Exception {
        var data = TrainingFixtures.tenGaussians();
        var wgan = TrainingFixtures.small(8).build();
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (TrainedWgan<Integer> half = wgan.fit(data, 50)) {
            half.saveCheckpoint(first);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ResumeMain.class.getName(),
                first.toString(), "50", second.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        try (TrainedWgan<Integer> whole = wgan.fit(data, 100);
             TrainedWgan<Integer> resumed = TrainedWgan.load(second, Integer.class)) {
            ModelSnapshot a = ((Nd4jModel<?>) whole).snapshot();
            ModelSnapshot b = ((Nd4jModel<?>) resumed).snapshot();
            assertThat(b.iterations()).isEqualTo(100);
            assertThat(b.generator()).isEqualTo(a.generator());
            assertThat(b.checkpoint().critic()).isEqualTo(a.checkpoint().critic());
            assertThat(b.checkpoint().generatorOptimizer().m()).isEqualTo(a.checkpoint().generatorOptimizer().m());
            assertThat(b.checkpoint().criticOptimizer().v()).isEqualTo(a.checkpoint().criticOptimizer().v());
            assertThat(b.checkpoint().rngState()).isEqualTo(a.checkpoint().rngState());
        }
    }

    @Test
    void goldenModelFile_ofFormat1_stillLoadsAndSamplesWhatItDid() throws Exception {
        Path file = dir.resolve("golden.json");
        try (var in = SaveLoadTest.class.getResourceAsStream(GOLDEN_MODEL)) {
            assertThat(in).as("golden file " + GOLDEN_MODEL).isNotNull();
            Files.copy(in, file);
        }
        List<String> rows;
        try (var in = SaveLoadTest.class.getResourceAsStream(GOLDEN_SAMPLES)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        try (TrainedWgan<Integer> m = TrainedWgan.load(file, Integer.class)) {
            assertThat(m.iterationsTrained()).isEqualTo(30);
            int i = 0;
            for (int c = 0; c < 10; c++) {
                float[][] xs = m.sample(c, 5, 2024 + c);
                for (float[] x : xs) {
                    String[] f = rows.get(i++).split(",");
                    assertThat(Integer.parseInt(f[0])).isEqualTo(c);
                    // Not bit for bit: another CPU's BLAS kernel may round differently.
                    assertThat(x[0]).isCloseTo(Float.parseFloat(f[1]), within(1e-4f));
                    assertThat(x[1]).isCloseTo(Float.parseFloat(f[2]), within(1e-4f));
                }
            }
            assertThat(i).isEqualTo(rows.size());
        }
    }

    /**
     * Writes the golden model and its samples. Run only when a new format version is introduced:
     * {@code mvn test -pl cwgan-nd4j -Dtest=SaveLoadTest#writeGolden -Dcwgan.writeGolden=src/test/resources/model-files}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "cwgan.writeGolden", matches = ".+")
    void writeGolden() throws IOException {
        Path out = Path.of(System.getProperty("cwgan.writeGolden"));
        try (TrainedWgan<Integer> m = TrainingFixtures.small(2024).build().fit(TrainingFixtures.tenGaussians(), 30)) {
            m.save(out.resolve("format-1-trained-small.json"));
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve("format-1-trained-small-samples.csv"))) {
                w.write("condition,x1,x2\n");
                for (int c = 0; c < 10; c++) {
                    for (float[] x : m.sample(c, 5, 2024 + c)) {
                        w.write(c + "," + x[0] + "," + x[1] + "\n");
                    }
                }
            }
        }
    }
}

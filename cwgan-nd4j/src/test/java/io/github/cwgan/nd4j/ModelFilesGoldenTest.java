package io.github.cwgan.nd4j;

import static io.github.cwgan.nd4j.ModelFixtures.assertSameSnapshot;
import static io.github.cwgan.nd4j.ModelFixtures.snapshot;
import static io.github.cwgan.nd4j.ModelFixtures.tinyAveragedConfig;
import static io.github.cwgan.nd4j.ModelFixtures.tinyConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cwgan.nd4j.ModelFiles.LoadedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Golden files: model files written by released format versions, committed as test resources. Every
 * later version of the library must keep reading them (the versioning promise of {@link ModelFiles}).
 * Never regenerate an existing golden file; add one per new format version.
 */
class ModelFilesGoldenTest {

    static final String FORMAT_1 = "/model-files/format-1-tiny-checkpoint.json";
    /** Format 2: a checkpoint of a model with generator averaging. */
    static final String FORMAT_2 = "/model-files/format-2-tiny-averaged-checkpoint.json";

    static final Provenance GOLDEN_PROVENANCE = new Provenance("cwgan", "0.1.0-SNAPSHOT", "17.0.15", "nd4j-native",
            "1.0.0-M2.1", 2469L, Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void format1File_isStillRead_bitForBit() throws IOException {
        LoadedModel loaded = read(FORMAT_1);
        assertSameSnapshot(loaded.snapshot(), snapshot(tinyConfig(), true, 7L));
        assertThat(loaded.provenance()).isEqualTo(GOLDEN_PROVENANCE);
    }

    @Test
    void format2File_isStillRead_bitForBit() throws IOException {
        LoadedModel loaded = read(FORMAT_2);
        assertSameSnapshot(loaded.snapshot(), snapshot(tinyAveragedConfig(), true, 7L));
        assertThat(loaded.provenance()).isEqualTo(GOLDEN_PROVENANCE);
    }

    private static LoadedModel read(String resource) throws IOException {
        try (InputStream in = ModelFilesGoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return ModelFiles.readModel(in, "classpath:" + resource);
        }
    }

    /**
     * Writes the golden files that do not exist yet (an existing one is never rewritten):
     * {@code -Dcwgan.writeGolden=src/test/resources/model-files}.
     */
    @Test
    @EnabledIfSystemProperty(named = "cwgan.writeGolden", matches = ".+")
    void writeMissingGoldenFiles() throws IOException {
        Path dir = Path.of(System.getProperty("cwgan.writeGolden"));
        write(dir.resolve(Path.of(FORMAT_1).getFileName()), snapshot(tinyConfig(), true, 7L));
        write(dir.resolve(Path.of(FORMAT_2).getFileName()), snapshot(tinyAveragedConfig(), true, 7L));
    }

    private static void write(Path file, ModelSnapshot snapshot) throws IOException {
        if (!java.nio.file.Files.exists(file)) {
            ModelFiles.write(file, snapshot, GOLDEN_PROVENANCE);
        }
    }
}

package io.github.cwgan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' command line: a short real run, sampling from its model, and bad input files. */
class CommandLineTest {

    @TempDir
    Path dir;

    private String[] lastErr = new String[1];

    private int run(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(err, true), args);
        lastErr[0] = err.toString();
        return status;
    }

    private List<String> outputs(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void tenGaussians_shortRun_writesEveryOutput_andSampleReadsTheModel() throws IOException {
        Path out = dir.resolve("out");
        assertThat(run("ten-gaussians", "--iterations", "10", "--out", out.toString())).isZero();
        assertThat(outputs(out)).containsExactly("critic-scores.png", "losses.png", "metrics.json", "model.json",
                "real-data.png", "samples.png", "training-strip.png");
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertThat(metrics.path("realData").path("modesCovered").asInt()).isEqualTo(10);
        assertThat(metrics.path("generated").path("samples").asInt()).isEqualTo(10_000);

        Path csv = dir.resolve("samples.csv");
        assertThat(run("sample", "--model", out.resolve("model.json").toString(), "-c", "3,7", "-n", "25",
                "--out", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).isEqualTo("x1,x2,condition");
        assertThat(lines.get(1)).endsWith(",3");
        assertThat(lines.get(50)).endsWith(",7");
    }

    @Test
    void sample_unknownClass_isAOneLineErrorNamingIt() throws IOException {
        Path out = dir.resolve("out");
        assertThat(run("ten-gaussians", "--iterations", "1", "--out", out.toString())).isZero();
        Path csv = dir.resolve("s.csv");
        assertThat(run("sample", "--model", out.resolve("model.json").toString(), "-c", "12", "--out",
                csv.toString())).isEqualTo(1);
        assertThat(lastErr[0]).contains("12").contains("0..9");
        assertThat(lastErr[0].strip().lines()).hasSize(1);
        assertThat(csv).doesNotExist();
    }

    private void assertBadData(String content, String... expected) throws IOException {
        Path data = dir.resolve("bad.csv");
        Files.writeString(data, content);
        Path out = dir.resolve("out-bad");
        assertThat(run("ten-gaussians", "--data", data.toString(), "--iterations", "1", "--out", out.toString()))
                .isEqualTo(1);
        assertThat(lastErr[0].strip().lines()).as(lastErr[0]).hasSize(1);
        assertThat(lastErr[0]).startsWith("cwgan: ").contains(expected);
        assertThat(outputs(out)).isEmpty();
    }

    @Test
    void badData_textInANumberField_namesRowAndColumn() throws IOException {
        assertBadData("x1,x2,label\n0.1,0.2,3\n0.5,abc,1\n", "row 2", "'x2'", "abc");
    }

    @Test
    void badData_labelOutOfRange_namesRowAndValidRange() throws IOException {
        assertBadData("x1,x2,label\n0.1,0.2,3\n0.5,0.1,1\n0.3,0.3,10\n", "row 3", "'label'", "0..9");
    }

    @Test
    void badData_missingColumn_namesRow() throws IOException {
        assertBadData("x1,x2,label\n0.1,0.2,3\n0.5,1\n", "row 2", "2 fields");
    }

    @Test
    void badData_onlyOneDataColumn_isRejected() throws IOException {
        assertBadData("x1,label\n0.1,3\n", "1 data columns", "exactly 2");
    }

    @Test
    void overrides_replaceThePresetsSettings_andKeepTheRest() {
        TenGaussiansCommand cmd = new TenGaussiansCommand();
        new picocli.CommandLine(cmd).parseArgs("--preset", "recommended", "--batch-size", "32",
                "--gradient-penalty", "2", "--learning-rate", "3e-4", "--betas", "0,0.99", "--critic-iterations", "3",
                "--generator-averaging", "0.995");
        var preset = Presets.parse("recommended").builder(10, 42).build();
        var c = cmd.withOverrides(preset).config();
        assertThat(c.batchSize()).isEqualTo(32);
        assertThat(c.gradientPenalty()).isEqualTo(2.0);
        assertThat(c.generatorOptimizer()).isEqualTo(io.github.cwgan.training.Adam.of(3e-4, 0, 0.99));
        assertThat(c.criticOptimizer()).isEqualTo(c.generatorOptimizer());
        assertThat(c.criticIterations()).isEqualTo(3);
        assertThat(c.generatorAveraging()).isEqualTo(0.995);
        assertThat(c.generator()).isEqualTo(preset.config().generator());
        assertThat(c.seed()).isEqualTo(preset.config().seed());

        TenGaussiansCommand none = new TenGaussiansCommand();
        new picocli.CommandLine(none).parseArgs();
        assertThat(none.withOverrides(preset)).isSameAs(preset);
    }

    @Test
    void everyCommand_printsTheVersion() {
        for (String command : new String[] {"ten-gaussians", "sample", "continuous", "imbalanced", "bench"}) {
            StringWriter out = new StringWriter();
            int status = new picocli.CommandLine(new Main()).setOut(new PrintWriter(out, true))
                    .execute(command, "--version");
            assertThat(status).as(command).isZero();
            assertThat(out.toString()).as(command).startsWith("cwgan examples ");
        }
    }

    @Test
    void unknownPreset_isRejected() throws IOException {
        assertThat(run("ten-gaussians", "--preset", "fast", "--out", dir.resolve("o").toString())).isEqualTo(1);
        assertThat(lastErr[0]).contains("fast").contains("seed, recommended");
    }
}

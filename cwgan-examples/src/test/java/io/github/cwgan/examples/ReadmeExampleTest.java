package io.github.cwgan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.data.CsvReader;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.ProgressLogger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the usage example of the repository's {@code README.md} compiling and running: the lines
 * between the {@code README-BEGIN} and {@code README-END} markers below must appear verbatim (up to
 * common indentation) as a {@code java} code block of the README.
 *
 * <p>Maven runs the tests with the module directory as working directory, so the README is
 * {@code ../README.md} and this file is {@code src/test/java/...}.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CI_SCRIPT = Path.of("..", ".ci", "run");
    private static final Path THIS_SOURCE =
            Path.of("src", "test", "java", "io", "github", "cwgan", "examples", "ReadmeExampleTest.java");
    private static final String DATA_RESOURCE = "/io/github/cwgan/examples/ten-gaussians.csv";
    private static final String TEST_COMMAND = "mvn -B verify";

    /** The README's usage example; the region between the markers is copied into README.md. */
    static TrainedWgan<Integer> readmeExample(Path csv) throws IOException {
        // README-BEGIN
        var wgan = ConditionalWgan.builder()
                .dataDimension(2)
                .noiseDimension(22)
                .condition(OneHot.of(10))
                .generator(Mlp.hidden(128, 256, 256))
                .critic(Mlp.hidden(256, 256, 256).dropout(0, 0.5, 0.5))
                .gradientPenalty(0.1)
                .optimizer(Adam.of(5e-5, 0.9, 0.999))
                .batchSize(32)
                .seed(42)
                .build();
        ConditionalDataset<Integer> data = CsvReader.of(OneHot.of(10))
                .dataColumns("x1", "x2")
                .conditionColumns("label")
                .read(csv);
        // 300 iterations only exercise the API; learning the 10 classes takes thousands (30_000 in the reproduction)
        TrainedWgan<Integer> model = wgan.fit(data, 300, ProgressLogger.every(100));
        float[][] xs = model.sample(3, 1000); // 1000 points (x1, x2) of class 3
        // README-END
        return model;
    }

    @Test
    void readmeExample_appearsVerbatimInReadme() throws IOException {
        List<String> example = stripCommonIndent(exampleRegion());
        assertThat(example).as("the README-BEGIN/README-END region of %s", THIS_SOURCE).isNotEmpty();

        List<List<String>> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(blocks).as("```java blocks of %s", README).isNotEmpty();
        assertThat(blocks)
                .as("a ```java block of %s equal to the example in %s (copy the region between the markers)",
                        README, THIS_SOURCE)
                .contains(example);
    }

    @Test
    void readme_namesTheTestCommand_andCiRunsExactlyIt() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains(TEST_COMMAND);

        assertThat(Files.isExecutable(CI_SCRIPT)).as("%s is executable", CI_SCRIPT).isTrue();
        List<String> commands = Files.readAllLines(CI_SCRIPT, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> l.startsWith("mvn") && !l.equals("mvn -v") && !l.equals("mvn --version"))
                .toList();
        assertThat(commands).as("the Maven commands of %s, besides printing the version", CI_SCRIPT)
                .containsExactly(TEST_COMMAND);
    }

    @Test
    void readmeExample_runs_andSamplesFiniteRowsOfTheDataDimension(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ten-gaussians.csv");
        try (InputStream in = ReadmeExampleTest.class.getResourceAsStream(DATA_RESOURCE)) {
            assertThat(in).as("resource %s", DATA_RESOURCE).isNotNull();
            Files.copy(in, csv);
        }

        try (TrainedWgan<Integer> model = readmeExample(csv)) {
            assertThat(model.iterationsTrained()).isEqualTo(300);
            float[][] xs = model.sample(3, 1000);
            assertThat(xs).hasNumberOfRows(1000);
            for (int i = 0; i < xs.length; i++) {
                assertThat(xs[i]).as("row %d", i).hasSize(2);
                for (float v : xs[i]) {
                    assertThat(Float.isFinite(v)).as("row %d: %s is finite", i, v).isTrue();
                }
            }
        }
    }

    /** The lines strictly between the markers in this test's own source file. */
    private static List<String> exampleRegion() throws IOException {
        List<String> lines = Files.readAllLines(THIS_SOURCE, StandardCharsets.UTF_8);
        int begin = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("// README-BEGIN")) {
                begin = i;
            } else if (l.equals("// README-END")) {
                end = i;
            }
        }
        assertThat(begin).as("README-BEGIN marker in %s", THIS_SOURCE).isNotNegative();
        assertThat(end).as("README-END marker after README-BEGIN in %s", THIS_SOURCE).isGreaterThan(begin);
        return lines.subList(begin + 1, end);
    }

    /** The contents of every fenced {@code java} block, indentation stripped. */
    static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^[ \\t]*```java[ \\t]*\\R(.*?)^[ \\t]*```[ \\t]*$", Pattern.DOTALL)
                .matcher(markdown);
        while (m.find()) {
            blocks.add(stripCommonIndent(m.group(1).lines().toList()));
        }
        return blocks;
    }

    /** The lines without trailing blanks, leading/trailing empty lines, and their common indentation. */
    static List<String> stripCommonIndent(List<String> lines) {
        List<String> trimmed = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!trimmed.isEmpty() && trimmed.get(0).isEmpty()) {
            trimmed.remove(0);
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        int indent = trimmed.stream()
                .filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return trimmed.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
    }
}

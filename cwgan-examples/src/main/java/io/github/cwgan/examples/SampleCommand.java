package io.github.cwgan.examples;

import io.github.cwgan.TrainedWgan;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Loads a saved one-hot model and writes samples for given class indices to CSV. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Load a model file and write N samples per condition value to CSV.")
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "a model file written by ten-gaussians (model.json)")
    Path model;

    @Option(names = {"--condition", "-c"}, required = true, split = ",",
            description = "condition values (class indices or names), comma-separated")
    List<String> conditions;

    @Option(names = {"-n", "--count"}, defaultValue = "1000", description = "samples per condition value (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "noise seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "the CSV file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be >= 1, was " + count);
        }
        try (TrainedWgan<?> m = TrainedWgan.load(model)) {
            write(m);
        }
        return 0;
    }

    private <V> void write(TrainedWgan<V> m) throws Exception {
        var condition = m.config().condition();
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".samples-", ".csv");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                StringBuilder header = new StringBuilder();
                for (int j = 0; j < m.config().dataDimension(); j++) {
                    header.append('x').append(j + 1).append(',');
                }
                w.write(header.append("condition").append('\n').toString());
                long s = seed;
                for (String text : conditions) {
                    V value = condition.parse(List.of(text));
                    float[][] xs = m.sample(value, count, s++);
                    for (float[] row : xs) {
                        StringBuilder line = new StringBuilder();
                        for (float x : row) {
                            line.append(x).append(',');
                        }
                        w.write(line.append(condition.format(value)).append('\n').toString());
                    }
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("wrote " + count * conditions.size() + " samples to " + out);
    }
}

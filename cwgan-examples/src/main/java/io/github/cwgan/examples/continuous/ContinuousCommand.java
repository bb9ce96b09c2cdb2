package io.github.cwgan.examples.continuous;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.GeneratedRows;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.ContinuousScalar;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.examples.Main;
import io.github.cwgan.examples.gaussians.Figures;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.LossHistory;
import io.github.cwgan.training.ProgressLogger;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains on the {@link DriftingGaussian} data with a continuous condition c ∈ [0, 1] and writes
 * metrics per c on a grid (printed and {@code metrics.json}), figures and {@code model.json}.
 */
@Command(name = "continuous", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "A continuous condition: 2-D Gaussians whose mean, spread and orientation drift with a "
                + "scalar c in [0, 1]. Writes metrics per c (metrics.json), figures and model.json.")
public final class ContinuousCommand implements Callable<Integer> {

    /** Default generator iterations: {@value}. */
    public static final int DEFAULT_ITERATIONS = 8000;
    /** The number of values of c the metrics are measured at: {@value}. */
    public static final int GRID = 20;

    @Option(names = "--iterations", defaultValue = "" + DEFAULT_ITERATIONS,
            description = "generator iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seed", defaultValue = "42", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--rows", defaultValue = "20000", description = "training rows (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--samples", defaultValue = "4000",
            description = "samples per value of c for the metrics (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--learning-rate", defaultValue = "1e-4",
            description = "Adam's learning rate for both networks (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--beta1", defaultValue = "0.0", description = "Adam's beta1 (default: ${DEFAULT-VALUE})")
    double beta1;

    @Option(names = "--penalty", defaultValue = "0.1",
            description = "gradient-penalty weight λ (default: ${DEFAULT-VALUE})")
    double penalty;

    @Option(names = "--generator-averaging", defaultValue = "0.999",
            description = "decay of the generator's weight average that sampling uses; 0 samples with the last "
                    + "weights (default: ${DEFAULT-VALUE})")
    double generatorAveraging;

    @Option(names = "--batch-size", defaultValue = "256", description = "batch size (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--out", defaultValue = "out/continuous", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    private final PrintStream stdout = System.out;

    /**
     * The model of the example: noise 8, generator and critic 128-128-128 (ReLU), gradient penalty λ,
     * Adam(learningRate, beta1, 0.9) for both networks, 5 critic steps, generator averaging.
     */
    ConditionalWgan<Double> model() {
        return ConditionalWgan.builder()
                .dataDimension(2)
                .noiseDimension(8)
                .condition(Continuous.scalar("c"))
                .generator(Mlp.hidden(128, 128, 128))
                .critic(Mlp.hidden(128, 128, 128))
                .gradientPenalty(penalty)
                .optimizer(Adam.of(learningRate, beta1, 0.9))
                .batchSize(batchSize)
                .generatorAveraging(generatorAveraging)
                .seed(seed)
                .build();
    }

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || rows < 2 || samples < 2) {
            throw new IllegalArgumentException("--iterations must be >= 1, --rows and --samples >= 2");
        }
        ConditionalWgan<Double> wgan = model(); // checks the settings before any work
        DriftingGaussian.Sample sample = DriftingGaussian.sample(rows, seed + 1);
        List<Double> cs = Arrays.stream(sample.conditions()).boxed().toList();
        ConditionalDataset<Double> data = ConditionalDataset.of(Continuous.scalar("c"), sample.points(), cs);
        stdout.printf(Locale.ROOT, "continuous: %d rows, %d iterations, seed %d%nconfig: %s%n", rows, iterations,
                seed, wgan.config());
        LossHistory history = new LossHistory();
        long start = System.nanoTime();
        try (TrainedWgan<Double> model = wgan.fit(data, iterations,
                ProgressLogger.every(Math.max(1, iterations / 20)), history)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            ContinuousScalar fitted = (ContinuousScalar) model.config().condition();
            stdout.printf(Locale.ROOT, "trained in %.1f s (%.1f it/s); fitted condition: mean %.4f, sd %.4f, "
                    + "range [%.5f, %.5f]%n", seconds, iterations / seconds, fitted.mean(), fitted.standardDeviation(),
                    fitted.min(), fitted.max());

            double[] grid = ConditionalMetrics.grid(GRID);
            List<float[][]> generated = new ArrayList<>();
            for (int j = 0; j < grid.length; j++) {
                generated.add(model.sample(grid[j], samples, 1000 + j));
            }
            ConditionalMetrics metrics = ConditionalMetrics.compute(grid, generated);

            Files.createDirectories(out);
            metrics.writeJson(out.resolve("metrics.json"));
            int shown = Math.min(rows, 5000);
            ConditionFigures.byCondition(out.resolve("real-data.png"), "Training data, coloured by c",
                    Arrays.copyOf(sample.points(), shown), Arrays.copyOf(sample.conditions(), shown));
            GeneratedRows<Double> rowsFromPrior = model.sampleRows(shown, 7);
            ConditionFigures.byCondition(out.resolve("samples.png"),
                    "Generated rows: c drawn from the model's prior, coloured by c", rowsFromPrior.data(),
                    rowsFromPrior.conditions().stream().mapToDouble(Double::doubleValue).toArray());
            ConditionFigures.ellipses(out.resolve("ellipses.png"), "Conditional mean and spread: true vs generated",
                    grid, generated, new int[] {0, 5, 10, 15, 19});
            Figures.lossCurves(out.resolve("losses.png"), history.iterations(), history.criticLoss(),
                    history.generatorLoss(), history.gradientPenalty(), history.wassersteinEstimate());
            model.save(out.resolve("model.json"));

            stdout.println();
            stdout.print(metrics.toTable());
            stdout.println(metrics.passes() ? "acceptance: PASS" : "acceptance: NOT MET");
            stdout.println("outputs in " + out.toAbsolutePath() + ": metrics.json, real-data.png, samples.png, "
                    + "ellipses.png, losses.png, model.json");
        }
        return 0;
    }
}

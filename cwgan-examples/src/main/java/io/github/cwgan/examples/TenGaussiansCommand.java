package io.github.cwgan.examples;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.data.CsvReader;
import io.github.cwgan.examples.gaussians.Figures;
import io.github.cwgan.examples.gaussians.GaussianParams;
import io.github.cwgan.examples.gaussians.QualityMetrics;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.LossHistory;
import io.github.cwgan.training.ProgressLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reproduces the 10-Gaussian experiment: trains a conditional WGAN-GP on the data set, then writes
 * figures, metrics and the model to the output folder. All outputs are written to a staging folder
 * first and moved into place only when every one of them is complete.
 */
@Command(name = "ten-gaussians", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Train on the 10 anisotropic Gaussians (or your own CSV) and write figures, metrics.json "
                + "and model.json.")
final class TenGaussiansCommand implements Callable<Integer> {

    static final String DATA_RESOURCE = "/io/github/cwgan/examples/ten-gaussians.csv";
    static final String PARAMS_RESOURCE = "/io/github/cwgan/examples/ten-gaussians-params.csv";
    /** The seed of the noise used for the final samples and figures. */
    static final long SAMPLE_SEED = 7;
    /** Samples per class for metrics and figures. */
    static final int SAMPLES_PER_CLASS = 1000;
    /** Points of training shown in the strip figure. */
    static final int STRIP_POINTS = 5;

    @Option(names = "--preset", defaultValue = "seed", description = "seed or recommended (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--iterations", description = "generator iterations (default: the preset's, 30000 for seed)")
    Integer iterations;

    @Option(names = "--seed", defaultValue = "42", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", description = "a CSV file with a header, two data columns and an integer label "
            + "as the last column (default: the bundled ten-gaussians.csv)")
    Path data;

    @Option(names = "--classes", defaultValue = "10", description = "number of label values 0..K-1 (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--params", description = "true means and covariances (label,mean_x1,mean_x2,cov_11,cov_12,cov_22) "
            + "for the metrics; default: the bundled file when --data is not given, otherwise no metrics")
    Path params;

    @Option(names = "--out", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--batch-size", description = "override the preset's batch size")
    Integer batchSize;

    @Option(names = "--gradient-penalty", description = "override the preset's gradient-penalty weight lambda")
    Double gradientPenalty;

    @Option(names = "--learning-rate", description = "override the preset's Adam learning rate (both networks)")
    Double learningRate;

    @Option(names = "--betas", split = ",", description = "override the preset's Adam betas, e.g. 0.5,0.9")
    double[] betas;

    @Option(names = "--critic-iterations", description = "override the preset's critic steps per generator step")
    Integer criticIterations;

    @Option(names = "--generator-averaging", description = "sample with a moving average of the generator's weights "
            + "with this decay, e.g. 0.999; 0 turns it off (default: the preset's: seed off, recommended 0.999)")
    Double generatorAveraging;

    @Option(names = "--log-every", description = "iterations between progress lines (default: iterations/50)")
    Integer logEvery;

    private final PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        Presets p = Presets.parse(preset);
        int iters = iterations != null ? iterations : p.iterations();
        if (iters < 1) {
            throw new IllegalArgumentException("--iterations must be >= 1, was " + iters);
        }
        if (classes < 1) {
            throw new IllegalArgumentException("--classes must be >= 1, was " + classes);
        }
        OneHot condition = OneHot.of(classes);
        ConditionalDataset<Integer> dataset = readData(condition);
        GaussianParams truth = readParams();
        if (truth != null && truth.classes() != classes) {
            throw new IllegalArgumentException("the params file has " + truth.classes() + " classes, --classes is "
                    + classes);
        }
        ConditionalWgan<Integer> wgan = withOverrides(p.builder(classes, seed).build());
        stdout.printf(Locale.ROOT, "ten-gaussians: preset %s, %d iterations, seed %d, %d rows of %s%n",
                p.name().toLowerCase(Locale.ROOT), iters, seed, dataset.size(),
                data == null ? "ten-gaussians.csv" : data);
        stdout.println("config: " + wgan.config());

        LossHistory history = new LossHistory();
        ProgressLogger progress = ProgressLogger.every(logEvery != null ? logEvery : Math.max(1, iters / 50)).until(iters);
        List<float[][]> strip = new ArrayList<>();
        List<int[]> stripLabels = new ArrayList<>();
        long[] stripIterations = new long[Math.min(STRIP_POINTS, iters)];
        List<Integer> conditions = new ArrayList<>();
        int[] labels = new int[SAMPLES_PER_CLASS * classes];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % classes;
            conditions.add(labels[i]);
        }

        long start = System.nanoTime();
        TrainedWgan<Integer> model = null;
        for (int k = 0; k < stripIterations.length; k++) {
            long target = (long) iters * (k + 1) / stripIterations.length;
            long step = target - (model == null ? 0 : model.iterationsTrained());
            TrainedWgan<Integer> next = model == null
                    ? wgan.fit(dataset, step, progress, history)
                    : model.continueTraining(dataset, step, progress, history);
            if (model != null) {
                model.close();
            }
            model = next;
            stripIterations[k] = model.iterationsTrained();
            strip.add(model.sample(conditions.subList(0, 200 * classes), SAMPLE_SEED));
            stripLabels.add(java.util.Arrays.copyOf(labels, 200 * classes));
            if (truth != null) {
                QualityMetrics q = QualityMetrics.compute(strip.get(k), stripLabels.get(k), truth);
                stdout.printf(Locale.ROOT, "quality at iteration %d (%d samples): modes %d/%d, within 3 SD %.3f, "
                        + "Bayes %.3f%n", stripIterations[k], strip.get(k).length, q.modesCovered(), classes,
                        q.withinThreeSd(), q.bayesAccuracy());
            }
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "trained %d iterations in %.1f s (%.1f it/s)%n", iters, trainSeconds,
                iters / trainSeconds);

        float[][] samples = model.sample(conditions, SAMPLE_SEED);
        double[] scores = model.score(samples, conditions);

        Path staging = Files.createDirectories(out.toAbsolutePath()).resolve(".staging-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            float[][] realPoints = dataset.rows();
            int[] realLabels = dataset.conditionValues().stream().mapToInt(Integer::intValue).toArray();
            Figures.scatter(staging.resolve("real-data.png"), "Real data", realPoints, realLabels, truth,
                    Figures.DEFAULT_WIDTH, Figures.DEFAULT_HEIGHT);
            Figures.scatter(staging.resolve("samples.png"), "Generated samples (coloured by requested class)",
                    samples, labels, truth, Figures.DEFAULT_WIDTH, Figures.DEFAULT_HEIGHT);
            Figures.criticScores(staging.resolve("critic-scores.png"), "Critic's reviews of generated samples",
                    samples, scores, truth, Figures.DEFAULT_WIDTH, Figures.DEFAULT_HEIGHT);
            Figures.lossCurves(staging.resolve("losses.png"), history.iterations(), history.criticLoss(),
                    history.generatorLoss(), history.gradientPenalty(), history.wassersteinEstimate());
            Figures.trainingStrip(staging.resolve("training-strip.png"), stripIterations, strip, stripLabels,
                    truth, Figures.DEFAULT_PANEL_SIZE);
            model.save(staging.resolve("model.json"));
            String table = null;
            if (truth != null) {
                QualityMetrics generated = QualityMetrics.compute(samples, labels, truth);
                QualityMetrics real = QualityMetrics.compute(realPoints, realLabels, truth);
                QualityMetrics.writeComparisonJson(staging.resolve("metrics.json"), generated, real);
                table = QualityMetrics.comparisonTable(generated, real, true);
            }
            List<Path> written = new ArrayList<>();
            try (var files = Files.list(staging)) {
                for (Path f : files.sorted().toList()) {
                    Path target = out.resolve(f.getFileName());
                    Files.move(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    written.add(target);
                }
            }
            if (table != null) {
                stdout.println();
                stdout.println(table);
            } else {
                stdout.println("no --params given: metrics skipped");
            }
            stdout.printf(Locale.ROOT, "%nwall time of training: %.1f s; outputs:%n", trainSeconds);
            for (Path f : written) {
                stdout.println("  " + f);
            }
        } finally {
            deleteRecursively(staging);
            model.close();
        }
        return 0;
    }

    /** The preset's model with the settings given on the command line in place of the preset's. */
    ConditionalWgan<Integer> withOverrides(ConditionalWgan<Integer> preset) {
        if (batchSize == null && gradientPenalty == null && learningRate == null && betas == null
                && criticIterations == null && generatorAveraging == null) {
            return preset;
        }
        var b = preset.toBuilder();
        if (batchSize != null) {
            b.batchSize(batchSize);
        }
        if (gradientPenalty != null) {
            b.gradientPenalty(gradientPenalty);
        }
        if (criticIterations != null) {
            b.criticIterations(criticIterations);
        }
        if (generatorAveraging != null) {
            b.generatorAveraging(generatorAveraging);
        }
        if (learningRate != null || betas != null) {
            Adam a = (Adam) preset.config().generatorOptimizer();
            if (betas != null && betas.length != 2) {
                throw new IllegalArgumentException("--betas needs two values, e.g. 0.5,0.9; was " + betas.length);
            }
            b.optimizer(Adam.of(learningRate != null ? learningRate : a.learningRate(),
                    betas != null ? betas[0] : a.beta1(), betas != null ? betas[1] : a.beta2()));
        }
        return b.build();
    }

    private ConditionalDataset<Integer> readData(OneHot condition) throws IOException {
        CsvReader<Integer> reader = CsvReader.of(condition);
        ConditionalDataset<Integer> ds;
        if (data == null) {
            try (InputStream in = TenGaussiansCommand.class.getResourceAsStream(DATA_RESOURCE)) {
                ds = reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "ten-gaussians.csv");
            }
        } else {
            ds = reader.read(data);
        }
        if (ds.dataDimension() != 2) {
            throw new IllegalArgumentException((data == null ? "the data" : data) + " has " + ds.dataDimension()
                    + " data columns; this example needs exactly 2 data columns and a label as the last column");
        }
        return ds;
    }

    private GaussianParams readParams() throws IOException {
        if (params != null) {
            return GaussianParams.read(params);
        }
        if (data != null) {
            return null;
        }
        try (InputStream in = TenGaussiansCommand.class.getResourceAsStream(PARAMS_RESOURCE)) {
            return GaussianParams.read(in, "ten-gaussians-params.csv");
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

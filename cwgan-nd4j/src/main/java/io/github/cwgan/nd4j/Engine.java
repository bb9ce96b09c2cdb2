package io.github.cwgan.nd4j;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.TrainingDivergedException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.nd4j.ModelSnapshot.AdamSnapshot;
import io.github.cwgan.nd4j.ModelSnapshot.TrainingSnapshot;
import io.github.cwgan.nd4j.internal.AdamOptimizer;
import io.github.cwgan.nd4j.internal.DenseStack;
import io.github.cwgan.nd4j.internal.Rng;
import io.github.cwgan.nd4j.internal.WeightAverage;
import io.github.cwgan.nd4j.internal.WganGpStep;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import io.github.cwgan.training.IterationEvent;
import io.github.cwgan.training.TrainingEnd;
import io.github.cwgan.training.TrainingListener;
import io.github.cwgan.training.TrainingStart;
import java.util.List;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The state of one training run: both networks, both optimizers, the random generator, and the
 * preallocated buffers of a step. Created fresh from a configuration or restored from a checkpoint;
 * {@link #train} runs iterations; {@link #snapshot} captures everything as plain arrays. Not
 * thread-safe; one engine per run.
 *
 * <p>Order of random draws (fixed, so that a seed determines everything): generator
 * initialisation, critic initialisation; then per iteration, per critic step the batch rows, then
 * the step's noise, dropout masks and ε; then the generator step's condition rows, noise and masks.
 * A batch row is one draw with {@code WITH_REPLACEMENT}, two (class, then row) with
 * {@code CLASS_BALANCED}.
 */
final class Engine implements AutoCloseable {

    private final WganConfig<?> config;
    private final DenseStack generator;
    private final DenseStack critic;
    private final AdamOptimizer generatorOptimizer;
    private final AdamOptimizer criticOptimizer;
    private final WganGpStep step;
    private final Rng rng;
    private final Prior prior;
    /** The generator's weight average, or null when the configuration does not average. */
    private final WeightAverage average;
    private final INDArray generatorBackup;
    private final INDArray criticBackup;
    private long iterations;

    private Engine(WganConfig<?> config, long iterations, Rng rng, Prior prior) {
        Nd4jRuntime.configure();
        this.config = config;
        this.iterations = iterations;
        this.rng = rng;
        this.prior = prior;
        this.generator = Networks.generator(config);
        this.critic = Networks.critic(config);
        this.generatorOptimizer = optimizer(generator, (Adam) config.generatorOptimizer());
        this.criticOptimizer = optimizer(critic, (Adam) config.criticOptimizer());
        this.step = new WganGpStep(generator, critic, config.noiseDimension(), config.condition().dimension(),
                config.batchSize(), config.gradientPenalty());
        this.average = config.averagesGenerator()
                ? new WeightAverage(generator.parameters(), config.generatorAveraging()) : null;
        this.generatorBackup = generator.parameters().dup();
        this.criticBackup = critic.parameters().dup();
    }

    private static AdamOptimizer optimizer(DenseStack net, Adam adam) {
        return new AdamOptimizer(net.parameters(), net.gradients(), adam.learningRate(), adam.beta1(), adam.beta2(),
                adam.epsilon());
    }

    /** A fresh engine without a prior: networks initialised from the configuration's seed. */
    static Engine fresh(WganConfig<?> config) {
        return fresh(config, null);
    }

    /**
     * A fresh engine: networks initialised from the configuration's seed.
     *
     * @param config the configuration, its condition already {@linkplain io.github.cwgan.condition.Condition#fit fitted}
     * @param prior  the training data's condition values, kept in every snapshot; may be null
     */
    static Engine fresh(WganConfig<?> config, Prior prior) {
        Engine e = new Engine(config, 0, new Rng(config.seed()), prior);
        e.generator.initialize(e.rng);
        e.critic.initialize(e.rng);
        return e;
    }

    /** An engine that continues exactly where a checkpoint left off. */
    static Engine restore(ModelSnapshot snapshot) {
        TrainingSnapshot t = snapshot.checkpoint();
        if (t == null) {
            throw new IllegalStateException("this model was loaded without its training state (saved with save(), "
                    + "not saveCheckpoint()); it can sample but not continue training");
        }
        Engine e = new Engine(snapshot.config(), snapshot.iterations(), new Rng(t.rngState()[0]), snapshot.prior());
        if (e.average != null) {
            if (t.generatorIterate() == null) {
                throw new IllegalStateException("the checkpoint of a model that averages its generator lacks the "
                        + "generator's trained weights");
            }
            Networks.load(e.generator, t.generatorIterate());
            e.average.restore(Networks.fromCanonical(e.generator, snapshot.generator()), snapshot.iterations());
        } else {
            Networks.load(e.generator, snapshot.generator());
        }
        Networks.load(e.critic, t.critic());
        restore(e.generatorOptimizer, e.generator, t.generatorOptimizer());
        restore(e.criticOptimizer, e.critic, t.criticOptimizer());
        return e;
    }

    private static void restore(AdamOptimizer opt, DenseStack net, AdamSnapshot s) {
        INDArray m = net.parameters().ulike();
        INDArray v = net.parameters().ulike();
        Networks.set(m, Networks.fromCanonical(net, s.m()));
        Networks.set(v, Networks.fromCanonical(net, s.v()));
        opt.restore(m, v, s.step());
    }

    /** Iterations trained so far. */
    long iterations() {
        return iterations;
    }

    /**
     * Trains {@code n} iterations on {@code data}, calling the listeners.
     *
     * @param lastFinite makes the model handed to {@link TrainingDivergedException} from a snapshot
     * @throws TrainingDivergedException when a loss is NaN or infinite; the engine's weights are then
     *                                   those of the last finite iteration
     */
    void train(ConditionalDataset<?> data, long n, List<TrainingListener> listeners,
               Function<ModelSnapshot, TrainedWgan<?>> lastFinite) {
        int rows = data.size();
        int d = data.dataDimension();
        float[] flatData = data.toFlatArray();
        float[][] x = new float[rows][];
        for (int i = 0; i < rows; i++) {
            x[i] = java.util.Arrays.copyOfRange(flatData, i * d, (i + 1) * d);
        }
        // Encoded with the model's (fitted) condition, not the data set's: standardisation included.
        float[][] y = encode(config.condition(), data.conditionValues());
        BatchDraw draw = config.batchSampling() == BatchSampling.CLASS_BALANCED
                ? balanced(config.condition(), data.conditionValues())
                : rng -> rng.nextInt(rows);
        int batch = config.batchSize();
        long first = iterations + 1;
        long last = iterations + n;
        TrainingStart start = new TrainingStart(first, last, rows);
        for (TrainingListener l : listeners) {
            l.onStart(start);
        }
        long t0 = System.nanoTime();
        for (long it = first; it <= last; it++) {
            generatorBackup.assign(generator.parameters());
            criticBackup.assign(critic.parameters());
            WganGpStep.CriticLoss loss = null;
            for (int k = 0; k < config.criticIterations(); k++) {
                for (int r = 0; r < batch; r++) {
                    int i = draw.next(rng);
                    step.setRow(r, x[i], y[i]);
                }
                loss = step.criticStep(rng);
                checkFinite(it, "critic loss", loss.loss(), lastFinite);
                checkFinite(it, "gradient penalty", loss.penalty(), lastFinite);
                criticOptimizer.step();
            }
            for (int r = 0; r < batch; r++) {
                step.setCondition(r, y[draw.next(rng)]);
            }
            double generatorLoss = step.generatorStep(rng);
            checkFinite(it, "generator loss", generatorLoss, lastFinite);
            generatorOptimizer.step();
            if (average != null) {
                average.update();
            }
            iterations = it;
            if (!listeners.isEmpty()) {
                IterationEvent e = new IterationEvent(it, last, loss.loss(), generatorLoss, loss.penalty(),
                        loss.wasserstein(), System.nanoTime() - t0);
                for (TrainingListener l : listeners) {
                    l.onIteration(e);
                }
            }
        }
        TrainingEnd end = new TrainingEnd(iterations, System.nanoTime() - t0);
        for (TrainingListener l : listeners) {
            l.onEnd(end);
        }
    }

    /** Draws the index of one batch row. */
    @FunctionalInterface
    interface BatchDraw {
        int next(Rng rng);
    }

    /** Every row's encoding under {@code condition}; an invalid value is an error naming its row. */
    @SuppressWarnings("unchecked")
    static <V> float[][] encode(Condition<V> condition, List<?> values) {
        int c = condition.dimension();
        float[][] y = new float[values.size()][c];
        for (int i = 0; i < y.length; i++) {
            try {
                condition.encode((V) values.get(i), y[i], 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + i + ": " + e.getMessage()
                        + " (the model's condition is " + condition + ")", e);
            }
        }
        return y;
    }

    /**
     * Class-balanced draws: a class uniformly among those present in the data, then a row of that
     * class uniformly; two random draws per row.
     */
    @SuppressWarnings("unchecked")
    static <V> BatchDraw balanced(Condition<V> condition, List<?> values) {
        int k = condition.classCount();
        int[] counts = new int[k];
        int[] classOf = new int[values.size()];
        for (int i = 0; i < classOf.length; i++) {
            int cls = condition.classOf((V) values.get(i));
            if (cls < 0 || cls >= k) {
                throw new IllegalStateException("condition " + condition + " put row " + i + " in class " + cls
                        + ", outside [0, " + k + ")");
            }
            classOf[i] = cls;
            counts[cls]++;
        }
        int present = (int) java.util.Arrays.stream(counts).filter(n -> n > 0).count();
        int[][] byClass = new int[present][];
        int[] slot = new int[k];
        for (int cls = 0, j = 0; cls < k; cls++) {
            if (counts[cls] > 0) {
                slot[cls] = j;
                byClass[j++] = new int[counts[cls]];
            }
        }
        int[] filled = new int[present];
        for (int i = 0; i < classOf.length; i++) {
            int j = slot[classOf[i]];
            byClass[j][filled[j]++] = i;
        }
        return rng -> {
            int[] members = byClass[rng.nextInt(byClass.length)];
            return members[rng.nextInt(members.length)];
        };
    }

    private void checkFinite(long iteration, String term, double value, Function<ModelSnapshot, TrainedWgan<?>> lastFinite) {
        if (Double.isFinite(value)) {
            return;
        }
        generator.parameters().assign(generatorBackup);
        critic.parameters().assign(criticBackup);
        iterations = iteration - 1;
        TrainedWgan<?> model = lastFinite.apply(snapshot());
        throw new TrainingDivergedException(iteration, term, value, model);
    }

    /**
     * Everything needed to sample and to continue, as plain arrays. When the generator is averaged,
     * the snapshot's generator is the average (what sampling uses) and its checkpoint holds the
     * trained weights; before the first iteration the average is the initial weights.
     */
    ModelSnapshot snapshot() {
        float[] trained = Networks.toCanonical(generator);
        float[] sampling = average == null ? trained
                : average.count() == 0 ? trained.clone() : Networks.toCanonical(generator, average.average());
        return new ModelSnapshot(config, iterations, sampling,
                new TrainingSnapshot(Networks.toCanonical(critic), adam(generatorOptimizer, generator),
                        adam(criticOptimizer, critic), new long[] {rng.state()}, average == null ? null : trained),
                prior);
    }

    private static AdamSnapshot adam(AdamOptimizer opt, DenseStack net) {
        return new AdamSnapshot(opt.stepCount(), Networks.toCanonical(net, opt.firstMoment().toFloatVector()),
                Networks.toCanonical(net, opt.secondMoment().toFloatVector()));
    }

    @Override
    public void close() {
        step.close();
        generatorOptimizer.close();
        criticOptimizer.close();
        generator.close();
        critic.close();
        generatorBackup.close();
        criticBackup.close();
    }
}

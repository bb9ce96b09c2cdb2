package io.github.cwgan.nd4j;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.TrainingDivergedException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.nd4j.ModelSnapshot.AdamSnapshot;
import io.github.cwgan.nd4j.ModelSnapshot.TrainingSnapshot;
import io.github.cwgan.nd4j.internal.AdamOptimizer;
import io.github.cwgan.nd4j.internal.DenseStack;
import io.github.cwgan.nd4j.internal.Rng;
import io.github.cwgan.nd4j.internal.WganGpStep;
import io.github.cwgan.training.Adam;
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
 */
final class Engine implements AutoCloseable {

    private final WganConfig<?> config;
    private final DenseStack generator;
    private final DenseStack critic;
    private final AdamOptimizer generatorOptimizer;
    private final AdamOptimizer criticOptimizer;
    private final WganGpStep step;
    private final Rng rng;
    private final INDArray generatorBackup;
    private final INDArray criticBackup;
    private long iterations;

    private Engine(WganConfig<?> config, long iterations, Rng rng) {
        Nd4jRuntime.configure();
        this.config = config;
        this.iterations = iterations;
        this.rng = rng;
        this.generator = Networks.generator(config);
        this.critic = Networks.critic(config);
        this.generatorOptimizer = optimizer(generator, (Adam) config.generatorOptimizer());
        this.criticOptimizer = optimizer(critic, (Adam) config.criticOptimizer());
        this.step = new WganGpStep(generator, critic, config.noiseDimension(), config.condition().dimension(),
                config.batchSize(), config.gradientPenalty());
        this.generatorBackup = generator.parameters().dup();
        this.criticBackup = critic.parameters().dup();
    }

    private static AdamOptimizer optimizer(DenseStack net, Adam adam) {
        return new AdamOptimizer(net.parameters(), net.gradients(), adam.learningRate(), adam.beta1(), adam.beta2(),
                adam.epsilon());
    }

    /** A fresh engine: networks initialised from the configuration's seed. */
    static Engine fresh(WganConfig<?> config) {
        Engine e = new Engine(config, 0, new Rng(config.seed()));
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
        Engine e = new Engine(snapshot.config(), snapshot.iterations(), new Rng(t.rngState()[0]));
        Networks.load(e.generator, snapshot.generator());
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
        int c = config.condition().dimension();
        float[] flatData = data.toFlatArray();
        float[] flatConditions = data.encodedConditions();
        float[][] x = new float[rows][];
        float[][] y = new float[rows][];
        for (int i = 0; i < rows; i++) {
            x[i] = java.util.Arrays.copyOfRange(flatData, i * d, (i + 1) * d);
            y[i] = java.util.Arrays.copyOfRange(flatConditions, i * c, (i + 1) * c);
        }
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
                    int i = rng.nextInt(rows);
                    step.setRow(r, x[i], y[i]);
                }
                loss = step.criticStep(rng);
                checkFinite(it, "critic loss", loss.loss(), lastFinite);
                checkFinite(it, "gradient penalty", loss.penalty(), lastFinite);
                criticOptimizer.step();
            }
            for (int r = 0; r < batch; r++) {
                step.setCondition(r, y[rng.nextInt(rows)]);
            }
            double generatorLoss = step.generatorStep(rng);
            checkFinite(it, "generator loss", generatorLoss, lastFinite);
            generatorOptimizer.step();
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

    /** Everything needed to sample and to continue, as plain arrays. */
    ModelSnapshot snapshot() {
        return new ModelSnapshot(config, iterations, Networks.toCanonical(generator),
                new TrainingSnapshot(Networks.toCanonical(critic), adam(generatorOptimizer, generator),
                        adam(criticOptimizer, critic), new long[] {rng.state()}));
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

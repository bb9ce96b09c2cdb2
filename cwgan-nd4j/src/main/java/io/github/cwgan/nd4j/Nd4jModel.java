package io.github.cwgan.nd4j;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.GeneratedRows;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.nd4j.internal.DenseStack;
import io.github.cwgan.nd4j.internal.Rng;
import io.github.cwgan.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A trained model of the ND4J backend: an immutable snapshot of plain arrays plus pools of inference
 * networks, so that many threads can sample at once.
 */
final class Nd4jModel<V> implements TrainedWgan<V> {

    /** Rows per forward pass when sampling or scoring. */
    static final int CHUNK = 4096;
    private static final long SAMPLING_SALT = 0x5A3C_9E37_79B9_7F4AL;
    private static final long PRIOR_SALT = 0x3C6E_F372_FE94_F82BL;

    private final ModelSnapshot snapshot;
    private final WganConfig<V> config;
    private final Rng seedSequence;
    private final ConcurrentLinkedQueue<Worker> generators = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Worker> critics = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    @SuppressWarnings("unchecked")
    Nd4jModel(ModelSnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.config = (WganConfig<V>) snapshot.config();
        this.seedSequence = new Rng(config.seed() ^ SAMPLING_SALT);
    }

    /** A network in inference mode with its buffers, used by one thread at a time. */
    private static final class Worker implements AutoCloseable {
        final DenseStack net;
        final DenseStack.Tape tape;
        final float[] input;

        Worker(DenseStack net) {
            this.net = net;
            this.tape = net.newTape(CHUNK);
            this.input = new float[CHUNK * net.inputWidth()];
        }

        /** Forward pass over the first {@code rows} rows of {@link #input}; returns the output rows. */
        float[][] run(int rows) {
            tape.setInput(input, rows);
            net.forward(tape, rows, false);
            return tape.outputRows(rows);
        }

        @Override
        public void close() {
            tape.close();
            net.close();
        }
    }

    private Worker takeGenerator() {
        Worker w = generators.poll();
        if (w == null) {
            DenseStack g = Networks.generator(config);
            Networks.load(g, snapshot.generator());
            w = new Worker(g);
        }
        return w;
    }

    private Worker takeCritic() {
        if (snapshot.checkpoint() == null) {
            throw new IllegalStateException("this model was saved without its critic (save(), not saveCheckpoint()); "
                    + "it cannot score");
        }
        Worker w = critics.poll();
        if (w == null) {
            DenseStack c = Networks.critic(config);
            Networks.load(c, snapshot.checkpoint().critic());
            w = new Worker(c);
        }
        return w;
    }

    private void release(ConcurrentLinkedQueue<Worker> pool, Worker w) {
        if (closed) {
            w.close();
        } else {
            pool.offer(w);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this model was closed");
        }
    }

    ModelSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public WganConfig<V> config() {
        return config;
    }

    @Override
    public long iterationsTrained() {
        return snapshot.iterations();
    }

    @Override
    public float[][] sample(V condition, int n) {
        return sample(condition, n, nextSeed());
    }

    @Override
    public float[][] sample(V condition, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        Objects.requireNonNull(condition, () -> "the condition value is null; give a value of the model's condition "
                + config.condition());
        config.condition().validate(condition);
        return generate(Collections.nCopies(n, condition), seed);
    }

    @Override
    public float[][] sample(List<? extends V> conditions) {
        return sample(conditions, nextSeed());
    }

    @Override
    public float[][] sample(List<? extends V> conditions, long seed) {
        Objects.requireNonNull(conditions, "conditions");
        Condition<V> cond = config.condition();
        for (int i = 0; i < conditions.size(); i++) {
            V v = conditions.get(i);
            if (v == null) {
                throw new IllegalArgumentException("conditions[" + i + "] is null");
            }
            try {
                cond.validate(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("conditions[" + i + "]: " + e.getMessage(), e);
            }
        }
        return generate(conditions, seed);
    }

    private long nextSeed() {
        synchronized (seedSequence) {
            return seedSequence.nextLong();
        }
    }

    /** Noise for every row from one stream of {@code seed}, in row order; conditions validated. */
    private float[][] generate(List<? extends V> conditions, long seed) {
        checkOpen();
        int n = conditions.size();
        float[][] out = new float[n][];
        if (n == 0) {
            return out;
        }
        Condition<V> cond = config.condition();
        int z = config.noiseDimension();
        int c = cond.dimension();
        int w = z + c;
        Rng rng = new Rng(seed);
        float[] noise = new float[CHUNK * z];
        Worker worker = takeGenerator();
        try {
            for (int from = 0; from < n; from += CHUNK) {
                int rows = Math.min(CHUNK, n - from);
                float[] rowNoise = rows == CHUNK ? noise : new float[rows * z];
                rng.fillNormal(rowNoise);
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(rowNoise, r * z, worker.input, r * w, z);
                    cond.encode(conditions.get(from + r), worker.input, r * w + z);
                }
                float[][] xs = worker.run(rows);
                System.arraycopy(xs, 0, out, from, rows);
            }
        } finally {
            release(generators, worker);
        }
        return out;
    }

    @Override
    public GeneratedRows<V> sampleRows(int n) {
        return sampleRows(n, nextSeed());
    }

    /**
     * Conditions from a stream of {@code seed ^ PRIOR_SALT} (one uniform draw per row, mapped through
     * the prior's cumulative counts), then the noise of {@code seed} as {@link #sample(List, long)}.
     */
    @Override
    public GeneratedRows<V> sampleRows(int n, long seed) {
        checkOpen();
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        Prior prior = snapshot.prior();
        if (prior == null) {
            throw new IllegalStateException("this model has no prior over conditions: its file was written "
                    + "before cwgan recorded priors (the 'prior' field is missing); sample(condition, n) still "
                    + "works, and a model trained again with fit(...) has one");
        }
        List<List<String>> values = prior.values();
        long[] cumulative = prior.counts();
        for (int i = 1; i < cumulative.length; i++) {
            cumulative[i] += cumulative[i - 1];
        }
        long total = cumulative[cumulative.length - 1];
        Rng rng = new Rng(seed ^ PRIOR_SALT);
        Condition<V> cond = config.condition();
        List<V> conditions = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            long u = (long) (rng.nextDouble() * total); // < total: nextDouble() < 1
            int k = java.util.Arrays.binarySearch(cumulative, u + 1);
            if (k < 0) {
                k = -k - 1;
            }
            conditions.add(cond.parse(values.get(k))); // a fresh value per row: arrays are never shared
        }
        return new GeneratedRows<>(conditions, generate(conditions, seed));
    }

    @Override
    public double[] score(float[][] data, List<? extends V> conditions) {
        checkOpen();
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(conditions, "conditions");
        if (data.length != conditions.size()) {
            throw new IllegalArgumentException("data has " + data.length + " rows but conditions has "
                    + conditions.size() + " values");
        }
        Condition<V> cond = config.condition();
        int d = config.dataDimension();
        int w = d + cond.dimension();
        for (int i = 0; i < data.length; i++) {
            if (data[i] == null || data[i].length != d) {
                throw new IllegalArgumentException("data[" + i + "] has " + (data[i] == null ? "no" : data[i].length)
                        + " values, expected dataDimension " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Float.isFinite(data[i][j])) {
                    throw new IllegalArgumentException("data[" + i + "][" + j + "] is " + data[i][j]
                            + ": data must be finite");
                }
            }
            try {
                cond.validate(conditions.get(i));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("conditions[" + i + "]: " + e.getMessage(), e);
            }
        }
        double[] scores = new double[data.length];
        if (data.length == 0) {
            return scores;
        }
        Worker worker = takeCritic();
        try {
            for (int from = 0; from < data.length; from += CHUNK) {
                int rows = Math.min(CHUNK, data.length - from);
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(data[from + r], 0, worker.input, r * w, d);
                    cond.encode(conditions.get(from + r), worker.input, r * w + d);
                }
                float[][] s = worker.run(rows);
                for (int r = 0; r < rows; r++) {
                    scores[from + r] = s[r][0];
                }
            }
        } finally {
            release(critics, worker);
        }
        return scores;
    }

    @Override
    public TrainedWgan<V> continueTraining(ConditionalDataset<V> data, long iterations,
                                           TrainingListener... listeners) {
        checkOpen();
        ConditionalWgan.checkCompatible(config, data, iterations);
        Objects.requireNonNull(listeners, "listeners");
        try (Engine engine = Engine.restore(snapshot)) {
            engine.train(data, iterations, List.of(listeners), Nd4jModel::new);
            return new Nd4jModel<>(engine.snapshot());
        }
    }

    @Override
    public void save(Path file) throws IOException {
        checkOpen();
        ModelFiles.write(file, new ModelSnapshot(config, snapshot.iterations(), snapshot.generator(), null,
                snapshot.prior()));
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        checkOpen();
        if (snapshot.checkpoint() == null) {
            throw new IllegalStateException("this model was loaded without its training state; "
                    + "it can be saved with save() but not as a checkpoint");
        }
        ModelFiles.write(file, snapshot);
    }

    @Override
    public void close() {
        closed = true;
        List<Worker> all = new ArrayList<>();
        Worker w;
        while ((w = generators.poll()) != null) {
            all.add(w);
        }
        while ((w = critics.poll()) != null) {
            all.add(w);
        }
        all.forEach(Worker::close);
    }

    @Override
    public String toString() {
        return "TrainedWgan[" + snapshot.iterations() + " iterations, " + config + "]";
    }
}

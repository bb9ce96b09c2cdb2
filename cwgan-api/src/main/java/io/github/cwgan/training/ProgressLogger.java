package io.github.cwgan.training;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs training progress through SLF4J (logger {@code io.github.cwgan.training}, level INFO) every
 * {@code n} iterations and at the end: iteration, rate, losses and the estimated time left.
 *
 * <pre>
 * iteration 3000/30000 (10.0%)  61.2 it/s  critic -0.0213  generator 0.0412  penalty 0.0021  W 0.0234  ETA 7m21s
 * </pre>
 *
 * <p>Not shared between concurrent runs: create one per run.
 */
public final class ProgressLogger implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.cwgan.training");

    private final long every;
    private final Logger logger;
    private final long until;
    private long lastLoggedIteration;
    private long lastLoggedNanos;

    private ProgressLogger(long every, Logger logger, long until) {
        if (every < 1) {
            throw new IllegalArgumentException("progress interval must be >= 1 iteration, was " + every);
        }
        this.every = every;
        this.logger = logger;
        this.until = until;
    }

    /**
     * A logger that writes a line every {@code iterations} iterations.
     *
     * @throws IllegalArgumentException if {@code iterations} &lt; 1
     */
    public static ProgressLogger every(long iterations) {
        return new ProgressLogger(iterations, LOG, 0);
    }

    /** Like {@link #every(long)}, writing to the given SLF4J logger. */
    public static ProgressLogger every(long iterations, Logger logger) {
        return new ProgressLogger(iterations, java.util.Objects.requireNonNull(logger, "logger"), 0);
    }

    /**
     * This logger measuring progress and ETA toward iteration {@code lastIteration} rather than the end
     * of each run: for training split into several runs ({@code fit}, then {@code continueTraining}).
     * Share the returned logger between those runs.
     *
     * @throws IllegalArgumentException if {@code lastIteration} &lt; 1
     */
    public ProgressLogger until(long lastIteration) {
        if (lastIteration < 1) {
            throw new IllegalArgumentException("lastIteration must be >= 1, was " + lastIteration);
        }
        return new ProgressLogger(every, logger, lastIteration);
    }

    private long target(long runEnd) {
        return until > 0 ? until : runEnd;
    }

    @Override
    public void onStart(TrainingStart start) {
        lastLoggedIteration = start.firstIteration() - 1;
        lastLoggedNanos = 0;
        if (target(start.lastIteration()) == start.lastIteration()) {
            logger.info("training iterations {}..{} on {} rows", start.firstIteration(), start.lastIteration(),
                    start.datasetSize());
        } else {
            logger.info("training iterations {}..{} (of {}) on {} rows", start.firstIteration(),
                    start.lastIteration(), target(start.lastIteration()), start.datasetSize());
        }
    }

    @Override
    public void onIteration(IterationEvent e) {
        if (e.iteration() % every != 0 && e.iteration() != target(e.lastIteration())) {
            return;
        }
        logger.info(line(e));
    }

    /** The progress line for an event; updates the rate's reference point. */
    String line(IterationEvent e) {
        long done = e.iteration() - lastLoggedIteration;
        long nanos = e.elapsedNanos() - lastLoggedNanos;
        double rate = nanos > 0 ? done * 1e9 / nanos : 0;
        lastLoggedIteration = e.iteration();
        lastLoggedNanos = e.elapsedNanos();
        long last = target(e.lastIteration());
        long left = Math.max(0, last - e.iteration());
        String eta = rate > 0 ? format(Duration.ofSeconds(Math.round(left / rate))) : "?";
        double pct = 100.0 * e.iteration() / last;
        return String.format(Locale.ROOT,
                "iteration %d/%d (%.1f%%)  %.1f it/s  critic %.4f  generator %.4f  penalty %.4f  W %.4f  ETA %s",
                e.iteration(), last, pct, rate, e.criticLoss(), e.generatorLoss(),
                e.gradientPenalty(), e.wassersteinEstimate(), eta);
    }

    @Override
    public void onEnd(TrainingEnd end) {
        if (until > 0 && end.iterationsTrained() < until) {
            return; // an intermediate run of a longer training: the line would only be noise
        }
        logger.info("training done: {} iterations in total, this run took {}", end.iterationsTrained(),
                format(Duration.ofNanos(end.elapsedNanos())));
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}

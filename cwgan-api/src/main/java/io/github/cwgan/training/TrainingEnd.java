package io.github.cwgan.training;

/**
 * The end of a training run.
 *
 * @param iterationsTrained the model's total number of iterations after this run
 * @param elapsedNanos      the wall time of this run
 */
public record TrainingEnd(long iterationsTrained, long elapsedNanos) {
}

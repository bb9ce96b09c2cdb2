package io.github.cwgan.training;

/**
 * The start of a training run.
 *
 * @param firstIteration the number of the first iteration of this run (1 for a fresh model, n + 1
 *                       when continuing a model trained for n iterations)
 * @param lastIteration  the number of the last iteration this run will do
 * @param datasetSize    the number of rows in the training data
 */
public record TrainingStart(long firstIteration, long lastIteration, int datasetSize) {

    /** The number of iterations this run will do. */
    public long iterations() {
        return lastIteration - firstIteration + 1;
    }
}

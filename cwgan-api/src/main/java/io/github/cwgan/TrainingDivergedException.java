package io.github.cwgan;

/**
 * Training stopped because a loss became NaN or infinite. Names the iteration and the term, and
 * carries the model as it was after the last iteration whose losses were all finite.
 */
public class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long iteration;
    private final String term;
    private final transient TrainedWgan<?> lastFiniteModel;

    /**
     * @param iteration       the iteration at which the non-finite value appeared
     * @param term            which term: "critic loss", "gradient penalty", "generator loss", ...
     * @param value           the value
     * @param lastFiniteModel the model after the last finite iteration
     */
    public TrainingDivergedException(long iteration, String term, double value, TrainedWgan<?> lastFiniteModel) {
        super("training diverged at iteration " + iteration + ": " + term + " is " + value
                + "; the model keeps the weights of iteration " + (iteration - 1)
                + ". Try a smaller learning rate or a larger gradientPenalty.");
        this.iteration = iteration;
        this.term = term;
        this.lastFiniteModel = lastFiniteModel;
    }

    /** The iteration at which the non-finite value appeared. */
    public long iteration() {
        return iteration;
    }

    /** The term that became non-finite. */
    public String term() {
        return term;
    }

    /** The model after the last iteration whose losses were all finite. */
    public TrainedWgan<?> lastFiniteModel() {
        return lastFiniteModel;
    }
}

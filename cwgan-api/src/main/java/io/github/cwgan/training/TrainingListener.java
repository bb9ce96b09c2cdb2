package io.github.cwgan.training;

/**
 * Observes a training run. Every method has an empty default, so implement only what you need.
 * Listeners are called on the training thread, in order; keep them quick (a slow listener slows
 * training). An exception thrown by a listener stops training and reaches the caller of {@code fit}.
 *
 * <p>Ready ones: {@link ProgressLogger} and {@link LossHistory}.
 */
public interface TrainingListener {

    /** Called once before the first iteration of a run. */
    default void onStart(TrainingStart start) {
    }

    /** Called after each generator iteration (its critic steps and the generator step). */
    default void onIteration(IterationEvent event) {
    }

    /** Called once after the last iteration of a run that ended normally. */
    default void onEnd(TrainingEnd end) {
    }
}

package io.github.cwgan.training;

/** How the rows of each training batch are drawn from the data set. */
public enum BatchSampling {
    /**
     * Every row of the batch is drawn uniformly from the whole data set, with replacement, as in the
     * experiment the library grew from. The default.
     */
    WITH_REPLACEMENT,
    /**
     * Class-balanced: for every row of the batch a class is drawn uniformly from the classes present
     * in the data, then a row uniformly from that class (with replacement), so that rare classes are
     * trained on as often as common ones. The generator's conditions are drawn the same way. Needs a
     * condition with classes ({@link io.github.cwgan.condition.Condition#classCount()} &gt; 0): a
     * {@link io.github.cwgan.condition.OneHot}, or a {@link io.github.cwgan.condition.Composite} with
     * exactly one part that has classes. The model's {@linkplain io.github.cwgan.TrainedWgan#sampleRows(int)
     * prior} still follows the data's own class frequencies.
     */
    CLASS_BALANCED
}

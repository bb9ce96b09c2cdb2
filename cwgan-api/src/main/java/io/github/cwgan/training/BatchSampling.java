package io.github.cwgan.training;

/** How the rows of each training batch are drawn from the data set. */
public enum BatchSampling {
    /**
     * Every row of the batch is drawn uniformly from the whole data set, with replacement, as in the
     * experiment the library grew from. The default.
     */
    WITH_REPLACEMENT
}

/**
 * The imbalanced example ({@code ./cwgan imbalanced}): the 10 Gaussians with one class cut to 1 % of
 * the rows, trained with and without class-balanced batches, compared by the share of each class's
 * samples within 3 SD of its Gaussian.
 */
package io.github.cwgan.examples.imbalanced;

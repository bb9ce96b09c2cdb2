/**
 * The 10-Gaussian experiment's measuring tools: the true mixture ({@link
 * io.github.cwgan.examples.gaussians.GaussianParams}), the labelled data set ({@link
 * io.github.cwgan.examples.gaussians.LabelledPoints}), the quality measures of generated
 * samples ({@link io.github.cwgan.examples.gaussians.QualityMetrics}) and the PNG figures
 * ({@link io.github.cwgan.examples.gaussians.Figures}).
 *
 * <p>Everything here works on plain arrays: samples are {@code float[n][2]}, the class each
 * sample was asked for (or belongs to) is an {@code int[n]} with values {@code 0..K-1}, critic
 * scores are a {@code double[n]}. Nothing depends on the cwgan API types, so the same code
 * measures the real data, this library's generator and any other generator.
 *
 * <p>The measures follow {@code quality()} of the PyTorch reference
 * ({@code shared/reference/torch_cwgan_gaussians.py}): modes covered, the share of samples within
 * Mahalanobis distance 3 of their own class's Gaussian, and the share that the Bayes classifier
 * with the true Gaussians assigns to their own class.
 */
package io.github.cwgan.examples.gaussians;

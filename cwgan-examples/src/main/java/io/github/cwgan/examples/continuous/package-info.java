/**
 * The continuous-condition example ({@code ./cwgan continuous}): 2-D data whose mean, spread and
 * orientation change smoothly with a scalar condition c in [0, 1], with its true conditional mean
 * and covariance ({@link io.github.cwgan.examples.continuous.DriftingGaussian}), metrics per c on a
 * grid ({@link io.github.cwgan.examples.continuous.ConditionalMetrics}) and figures coloured by c.
 */
package io.github.cwgan.examples.continuous;

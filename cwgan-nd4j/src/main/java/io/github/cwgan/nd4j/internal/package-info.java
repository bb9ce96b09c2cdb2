/**
 * Internal numerical core of the ND4J backend: not API, may change without notice.
 *
 * <p>What lives here: a seedable random generator whose whole state is one {@code long} ({@link
 * io.github.cwgan.nd4j.internal.Rng}), activation functions with their first and second
 * derivatives ({@link io.github.cwgan.nd4j.internal.ActivationFunction}), a dense layer stack with
 * forward, backward and backward-of-backward passes over one flat parameter array ({@link
 * io.github.cwgan.nd4j.internal.DenseStack}), the conditional WGAN-GP losses with exact gradients,
 * penalty included ({@link io.github.cwgan.nd4j.internal.WganGpStep}), and Adam ({@link
 * io.github.cwgan.nd4j.internal.AdamOptimizer}).
 *
 * <p>Matrix products go straight to OpenBLAS ({@code cblas_sgemm}/{@code cblas_dgemm}) on the
 * memory of preallocated {@code INDArray}s; small elementwise work runs as plain Java loops over
 * direct NIO views of the same memory. A training step therefore allocates no native memory and
 * makes a few dozen native calls. Nothing here is thread-safe; nothing here touches {@code
 * Nd4j.getRandom()}.
 */
package io.github.cwgan.nd4j.internal;

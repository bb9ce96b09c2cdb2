/**
 * The ND4J backend of cwgan: {@link io.github.cwgan.nd4j.Nd4jBackend}, registered for
 * {@link java.util.ServiceLoader}. Everything else here is package-private; the numerical core lives
 * in {@code io.github.cwgan.nd4j.internal}.
 */
package io.github.cwgan.nd4j;

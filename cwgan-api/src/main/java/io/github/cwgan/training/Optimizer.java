package io.github.cwgan.training;

/**
 * How a network's parameters are updated from their gradients. Each network of a model gets its own
 * optimizer state; the spec itself is an immutable value.
 */
public sealed interface Optimizer permits Adam {
}

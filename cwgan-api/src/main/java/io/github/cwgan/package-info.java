/**
 * cwgan: conditional Wasserstein GANs with an exact gradient penalty.
 *
 * <p>Start with {@link io.github.cwgan.ConditionalWgan#builder()}; training returns a
 * {@link io.github.cwgan.TrainedWgan} that samples, scores and saves. Conditions live in
 * {@code io.github.cwgan.condition}, network specs in {@code io.github.cwgan.network}, training
 * settings and listeners in {@code io.github.cwgan.training}, data sets in {@code io.github.cwgan.data}.
 */
package io.github.cwgan;

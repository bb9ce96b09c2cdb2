/**
 * Network specifications: {@link io.github.cwgan.network.Mlp} (hidden widths, activations, dropout)
 * and {@link io.github.cwgan.network.Activation}. Specs are immutable values; the backend turns them
 * into networks, inferring input and output widths from the model's dimensions.
 */
package io.github.cwgan.network;

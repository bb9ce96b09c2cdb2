/**
 * The backend service-provider interface: what a compute backend implements to train and load
 * models. Users never call it; backends such as {@code cwgan-nd4j} implement it.
 */
package io.github.cwgan.spi;

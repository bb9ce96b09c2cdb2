/**
 * The runnable examples: the command line ({@code ./cwgan}) with the 10-Gaussian reproduction and
 * sampling from a saved model.
 */
package io.github.cwgan.examples;
